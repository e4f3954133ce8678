import OpenAI from 'openai';
import { AppFailure, type ErrorCode, type ErrorReason } from '../../../shared/errors';
import { scrubSecrets } from '../secrets';

export interface Classified {
  code: ErrorCode;
  message: string;
  status: number | null;
  /** Whether trying again later may succeed. */
  retryable: boolean;
  /** Delay the server asked for, in ms, if it did. */
  retryAfterMs: number | null;
  /** Lets the renderer word the message in the interface language ('provider': the message is the provider's own words). */
  reason?: ErrorReason;
}

function header(headers: Headers | undefined, name: string): string | null {
  return headers?.get(name) ?? null;
}

/** retry-after-ms, then retry-after as seconds or an HTTP date. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | null {
  const ms = Number(header(headers, 'retry-after-ms'));
  if (header(headers, 'retry-after-ms') !== null && Number.isFinite(ms) && ms >= 0) return ms;
  const raw = header(headers, 'retry-after');
  if (raw === null) return null;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function upstreamMessage(error: InstanceType<typeof OpenAI.APIError>): string {
  const body = error.error as { message?: unknown } | undefined;
  const text = typeof body?.message === 'string' ? body.message : error.message;
  // Never echo any part of a key the provider quoted back, whatever its shape.
  return scrubSecrets(text);
}

const DROP_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'ENETUNREACH']);

/** fetch reports a socket that died mid-body as TypeError('terminated') with the system error as cause. */
function isConnectionDrop(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && DROP_CODES.has(code)) return true;
    if (e instanceof Error && /^(terminated|other side closed|fetch failed)$/i.test(e.message)) return true;
  }
  return false;
}

/** Turns whatever the SDK threw into one of the app's error codes with retry advice. */
export function classifyUpstreamError(error: unknown): Classified {
  if (error instanceof AppFailure) return { code: error.code, message: error.message, status: null, retryable: false, retryAfterMs: null };
  if (error instanceof OpenAI.APIUserAbortError) return { code: 'cancelled', message: 'The request was cancelled.', status: null, retryable: false, retryAfterMs: null };
  if (error instanceof OpenAI.APIConnectionTimeoutError) return { code: 'timeout', message: 'The provider did not answer in time.', status: null, retryable: true, retryAfterMs: null, reason: 'no_answer' };
  if (error instanceof OpenAI.APIConnectionError) return { code: 'offline', message: 'Could not connect to the provider.', status: null, retryable: true, retryAfterMs: null, reason: 'connect_failed' };
  if (error instanceof OpenAI.APIError) {
    const status = error.status ?? null;
    const code = error.code ?? (error.error as { code?: string } | undefined)?.code;
    const message = upstreamMessage(error);
    const after = retryAfterMs(error.headers);
    const shouldRetry = header(error.headers, 'x-should-retry');
    const base = { message, status, retryAfterMs: after, reason: 'provider' as const };
    if (status === 429 && code === 'insufficient_quota') return { ...base, code: 'quota', retryable: false };
    if (status === 429) return { ...base, code: 'rate_limited', retryable: shouldRetry !== 'false' };
    if (status === 401 || status === 403) return { ...base, code: 'auth', retryable: false };
    if (status === 404) return { ...base, code: code === 'model_not_found' || /model/i.test(message) ? 'model_not_found' : 'not_found', retryable: false };
    if (status === 413) return { ...base, code: 'too_large', retryable: false };
    if (status === 400 && (code === 'content_policy_violation' || code === 'moderation_blocked')) return { ...base, code: 'content_policy', retryable: false };
    if (status === 408 || status === 409 || (status !== null && status >= 500)) return { ...base, code: 'upstream', retryable: shouldRetry !== 'false' };
    if (status === 400 || status === 422) return { ...base, code: 'invalid_input', retryable: shouldRetry === 'true' };
    return { ...base, code: 'upstream', retryable: shouldRetry === 'true' };
  }
  if (isConnectionDrop(error)) return { code: 'offline', message: 'The connection to the provider broke.', status: null, retryable: true, retryAfterMs: null, reason: 'connection_broke' };
  const message = scrubSecrets(error instanceof Error ? error.message : String(error));
  return { code: 'internal', message, status: null, retryable: false, retryAfterMs: null };
}

export function toFailure(error: unknown): AppFailure {
  const c = classifyUpstreamError(error);
  if (error instanceof AppFailure) return error;
  const details = { ...(c.status ? { status: c.status } : {}), ...(c.reason ? { reason: c.reason } : {}) };
  return new AppFailure(c.code, c.message, Object.keys(details).length ? details : undefined);
}
