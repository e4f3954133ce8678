import { ERROR_CODES, describeError, type ErrorCode } from '../../../../../shared/errors';

/** The default message and hint of every error code: the English source is shared/errors.ts. */
const errors = Object.fromEntries(ERROR_CODES.map((code) => [code, describeError(code)])) as Record<ErrorCode, { message: string; hint: string }>;
export default errors;
