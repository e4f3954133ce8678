import type { LedgerEntry } from '../db/repos/ledger';
import { createFileLogger } from '../log';
import { userText } from './content-filter';

/**
 * Structured request log (requests.log, JSON lines, rotated); prompt text only when the user opts in.
 * Deferred: a line is written just after the request's turn of the event loop, not inside the request.
 */
export function createRequestLog(dir: string, logPrompts: () => boolean) {
  const logger = createFileLogger({ dir, file: 'requests.log', maxBytes: 10 * 1024 * 1024, keep: 5, deferred: true });
  return {
    flush: logger.flush,
    attempt(entry: LedgerEntry, input: unknown): void {
      const prompt = logPrompts();
      // The line's fields are put together when it is written, after the request's turn.
      logger.later(entry.outcome === 'ok' ? 'info' : 'warn', 'request', () => {
        const { ts: _ts, day: _d, month: _m, ...fields } = entry;
        return { ...fields, cache: entry.cached ? 'hit' : 'miss', ...(prompt ? { prompt: userText(input).slice(0, 4000) } : {}) };
      });
    },
  };
}
export type RequestLog = ReturnType<typeof createRequestLog>;
