import type { AppError } from '../../../shared/errors';

/**
 * The hint worth showing under an error's message. The generic invalid_input hint points at
 * "highlighted fields", which is wrong when the core named no field — its message says what to do.
 */
export function usefulHint(error: AppError): string | null {
  if (!error.hint) return null;
  if (error.code === 'invalid_input' && error.details?.field === undefined) return null;
  return error.hint;
}
