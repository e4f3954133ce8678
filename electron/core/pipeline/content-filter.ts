import type { ContentFilterConfig } from '../../../shared/contract';
import type { Priority } from '../../../shared/policy';
import { AppFailure } from '../../../shared/errors';
import type { Logger } from '../log';
import { RULE_TIME_LIMIT_MS, ruleRunner, type RuleOutcome, type RuleRunner } from './rule-runner';

/**
 * Throws the refusal a block-rule outcome calls for (nothing for a clear one). The rules run off the event
 * loop with a time bound (see rule-runner); a rule that runs out of time blocks the request: a filter that
 * cannot decide must not wave text through.
 */
function refuseOn(outcome: RuleOutcome, where: string, log: Logger): void {
  if (outcome.kind === 'matched') {
    log.warn('filter.blocked', { where, by: 'local-rule' });
    throw new AppFailure('content_policy', `This request was blocked by the content rule "${outcome.rule}" of ${where}.`, { blockedBy: 'rule' });
  }
  if (outcome.kind === 'timed_out') {
    log.warn('filter.rule_timeout', { where, limitMs: RULE_TIME_LIMIT_MS });
    throw new AppFailure(
      'content_policy',
      `The content rule "${outcome.rule}" of ${where} took too long on this text (over ${RULE_TIME_LIMIT_MS / 1000} s) and was stopped, so the request was not sent. Simplify the rule in Settings (nested repeats like (a+)+ are the usual cause).`,
      { blockedBy: 'rule-timeout' },
    );
  }
}

/** The user's own text in a request, for checking: text parts of every message, and prompts. */
export function userText(input: unknown): string {
  return userTextParts(input).join('\n');
}

/** The same, as its parts (what userText joins by newlines), in order. */
export function userTextParts(input: unknown): string[] {
  const parts: string[] = [];
  collectText(input, undefined, parts);
  return parts;
}

/** Strings under a text, content or prompt key, in order; runs before every filtered request, so it allocates nothing of its own. */
function collectText(v: unknown, key: string | undefined, parts: string[]): void {
  if (typeof v === 'string') {
    if (key === 'text' || key === 'content' || key === 'prompt') parts.push(v);
  } else if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (i in v) collectText(v[i], key, parts);
  } else if (v && typeof v === 'object') {
    const record = v as Record<string, unknown>;
    for (const k of Object.keys(record)) if (k !== 'image_url') collectText(record[k], k, parts);
  }
}

/** What the filter asks the moderation endpoint: the flagged categories of `text` (empty = nothing flagged). */
export type Moderate = (req: { scene: string; providerId: string; priority?: Priority }, text: string, signal?: AbortSignal) => Promise<string[]>;

/** What the filter reads of a request. */
type FilteredRequest = { scene: string; providerId: string; input: unknown; priority?: Priority };

/**
 * Optional pre-check of user input: local block rules, then the moderation endpoint. The moderation call
 * is a pipeline request of its own (limiter, retries, a ledger row), injected as `moderate`.
 */
export function createContentFilter(deps: { moderate: Moderate; log: Logger; runner?: RuleRunner }) {
  /** The moderation endpoint's verdict on text (after the rules let it through). */
  async function moderated(req: FilteredRequest, text: string, signal: AbortSignal | undefined): Promise<void> {
    let categories: string[];
    try {
      categories = await deps.moderate(req, text, signal);
    } catch (error) {
      const f = error instanceof AppFailure ? error : new AppFailure('internal');
      if (f.code === 'cancelled') throw f;
      throw new AppFailure(f.code, `The content check could not run: ${f.message}`);
    }
    if (categories.length > 0) {
      deps.log.warn('filter.blocked', { scene: req.scene, by: 'moderation', categories });
      throw new AppFailure('content_policy', `The moderation check flagged this request (${categories.join(', ')}), so it was not sent.`, { blockedBy: 'moderation' });
    }
  }

  return {
    /**
     * Null when the request may go: decided on the spot, as most are (no rules, or words and phrases that
     * do not match), so the caller waits for nothing. Otherwise a promise of the verdict, rejected with
     * content_policy when the request must not be sent (never a throw: the caller awaits it when ready).
     */
    check(req: FilteredRequest, config: ContentFilterConfig, signal?: AbortSignal): Promise<void> | null {
      if (!config.moderation && config.blockRules.length === 0) return null;
      // Checked in parts (each message's text), so a conversation's history is screened once, not on every send.
      const parts = userTextParts(req.input);
      if (!parts.some((part) => part !== '')) return null;
      const where = `the ${req.scene} scene`;
      const runner = deps.runner ?? ruleRunner();
      const outcome = runner.firstMatch(config.blockRules, parts);
      if (!(outcome instanceof Promise)) {
        try {
          refuseOn(outcome, where, deps.log);
        } catch (error) {
          return Promise.reject(error);
        }
        return config.moderation ? moderated(req, parts.join('\n'), signal) : null;
      }
      return outcome.then((settled) => {
        refuseOn(settled, where, deps.log);
        return config.moderation ? moderated(req, parts.join('\n'), signal) : undefined;
      });
    },
  };
}
export type ContentFilter = ReturnType<typeof createContentFilter>;
