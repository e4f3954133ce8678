import type { CallName } from '../../../shared/contract';
import type { Handlers } from './dispatcher';

/**
 * Calls that fall back to a default model. Right after start the environment provider's model list
 * (and so the defaults it fills) is still being read; these wait for it, briefly, instead of failing
 * with "no model is set up" a second before one is.
 */
export const PICKS_DEFAULT_MODEL: readonly CallName[] = [
  'chat.send', 'chat.regenerate', 'chat.estimate',
  'transcription.add', 'vision.estimate', 'vision.start', 'vision.compare', 'live.start',
];

/** How long a call waits for the start-up model list before going ahead with what is known. */
export const DEFAULTS_WAIT_MS = 5_000;

export function waitForDefaults(handlers: Handlers, ready: Promise<unknown>, waitMs = DEFAULTS_WAIT_MS): Handlers {
  let settled = false;
  const done = Promise.race([ready, new Promise((resolve) => setTimeout(resolve, waitMs).unref())])
    .catch(() => undefined)
    .finally(() => { settled = true; });
  const wrapped: Record<string, unknown> = { ...handlers };
  for (const name of PICKS_DEFAULT_MODEL) {
    const handler = handlers[name] as (input: unknown, ctx: unknown) => unknown;
    wrapped[name] = (input: unknown, ctx: unknown) => (settled ? handler(input, ctx) : done.then(() => handler(input, ctx)));
  }
  return wrapped as Handlers;
}
