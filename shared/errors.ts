/**
 * Errors cross process boundaries as data: a closed union of codes, each with a message
 * a person can act on. Nothing here may carry a secret.
 */

export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'forbidden',
  'auth',
  'quota',
  'rate_limited',
  'content_policy',
  'too_large',
  'unsupported_format',
  'model_not_found',
  'timeout',
  'offline',
  'budget_exceeded',
  'upstream',
  'cancelled',
  'conflict',
  'vault_unavailable',
  'no_provider',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Why, more precisely than the code, for the errors people meet most. Core sets it as `details.reason`,
 * with the values the wording needs beside it (file, purpose, amounts), so the renderer can say it in the
 * interface language; core's English `message` stays the fallback.
 */
export type ErrorReason =
  | 'budget_hard'
  | 'no_model'
  | 'provider'
  | 'connect_failed'
  | 'connection_broke'
  | 'no_answer'
  | 'not_audio'
  | 'no_audio_track'
  | 'no_audio_length'
  | 'not_recording_format'
  | 'empty_file';

export interface AppError {
  code: ErrorCode;
  /** What happened, in words a user understands. */
  message: string;
  /** What the user can do about it. */
  hint: string;
  /** Machine-readable extras (field names, limits); never secrets. */
  details?: Record<string, string | number | boolean | null>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message?: string, details?: AppError['details']): { ok: false; error: AppError } {
  return { ok: false, error: makeError(code, message, details) };
}

export function makeError(code: ErrorCode, message?: string, details?: AppError['details']): AppError {
  const base = describeError(code);
  return { code, message: message ?? base.message, hint: base.hint, ...(details ? { details } : {}) };
}

/** Thrown inside core; the handler wrapper turns it into a Result. */
export class AppFailure extends Error {
  readonly code: ErrorCode;
  readonly details?: AppError['details'];
  constructor(code: ErrorCode, message?: string, details?: AppError['details']) {
    super(message ?? describeError(code).message);
    this.name = 'AppFailure';
    this.code = code;
    this.details = details;
  }
  toAppError(): AppError {
    return makeError(this.code, this.message, this.details);
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

function missingCase(value: never): never {
  throw new Error(`Unhandled error code: ${String(value)}`);
}

/** Default wording and the action to suggest for every code (exhaustive). */
export function describeError(code: ErrorCode): { message: string; hint: string } {
  switch (code) {
    case 'invalid_input':
      return { message: 'Some of the information given is not valid.', hint: 'Correct it and try again.' };
    case 'not_found':
      return { message: 'That item no longer exists.', hint: 'It may have been deleted in another window. Refresh the list.' };
    case 'forbidden':
      return { message: 'This request was refused.', hint: 'Reload the app from the address it printed at start-up.' };
    case 'auth':
      return { message: 'The provider rejected the API key.', hint: 'Open Settings → Providers and enter a valid key.' };
    case 'quota':
      return { message: 'The provider account has run out of credit.', hint: "Check the account's plan and billing, then try again." };
    case 'rate_limited':
      return { message: 'The provider is limiting how fast requests can be sent.', hint: 'Wait a moment; Atelier retries automatically.' };
    case 'content_policy':
      return { message: 'The request was blocked by a content policy.', hint: 'Rephrase the input, or change the scene\'s content filter.' };
    case 'too_large':
      return { message: 'The input is larger than allowed.', hint: 'Use a smaller file or split it into parts.' };
    case 'unsupported_format':
      return { message: 'This file format is not supported.', hint: 'Convert the file to a supported format and add it again.' };
    case 'model_not_found':
      return { message: 'The selected model is not available from this provider.', hint: 'Pick another model, or refresh the provider\'s model list in Settings.' };
    case 'timeout':
      return { message: 'The provider took too long to answer.', hint: 'Try again, or raise the timeout for this kind of request in Settings.' };
    case 'offline':
      return { message: 'The provider cannot be reached.', hint: 'Check the network connection and the provider\'s base URL.' };
    case 'budget_exceeded':
      return { message: 'A spending limit would be exceeded.', hint: 'Raise the budget in Settings → Budgets, or wait for the next period.' };
    case 'upstream':
      return { message: 'The provider returned an error.', hint: 'Try again in a moment. If it persists, check the provider\'s status page.' };
    case 'cancelled':
      return { message: 'The request was cancelled.', hint: 'Send it again when you are ready.' };
    case 'conflict':
      return { message: 'That would conflict with something that already exists.', hint: 'Choose a different name or value.' };
    case 'vault_unavailable':
      return { message: 'The key store could not be used.', hint: 'Check that the OS keyring is unlocked, then restart Atelier.' };
    case 'no_provider':
      return { message: 'No AI provider is set up yet.', hint: 'Open Settings → Providers and add one.' };
    case 'internal':
      return { message: 'Something went wrong inside Atelier.', hint: 'Try again. If it keeps happening, restart the app.' };
    default:
      return missingCase(code);
  }
}
