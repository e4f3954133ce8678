import type { ContentFilterConfig } from '../../../shared/contract';
import type { Priority } from '../../../shared/policy';
import { AppFailure } from '../../../shared/errors';
import type { Logger } from '../log';

/** A rule is a plain word or phrase (case-insensitive) or a /regular expression/flags. */
export function compileRule(rule: string): RegExp {
  const m = /^\/(.+)\/([a-z]*)$/.exec(rule);
  if (m) {
    try {
      return new RegExp(m[1]!, m[2]!.includes('i') ? m[2] : `${m[2]}i`);
    } catch {
      // An invalid expression is treated as a literal phrase.
    }
  }
  return new RegExp(rule.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
}

/** The user's own text in a request, for checking: text parts of every message, and prompts. */
export function userText(input: unknown): string {
  const parts: string[] = [];
  const visit = (v: unknown, key?: string) => {
    if (typeof v === 'string') {
      if (key === 'text' || key === 'content' || key === 'prompt') parts.push(v);
    } else if (Array.isArray(v)) v.forEach((x) => visit(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'image_url') visit(x, k);
  };
  visit(input);
  return parts.join('\n');
}

/** What the filter asks the moderation endpoint: the flagged categories of `text` (empty = nothing flagged). */
export type Moderate = (req: { scene: string; providerId: string; priority?: Priority }, text: string, signal?: AbortSignal) => Promise<string[]>;

/**
 * Optional pre-check of user input: local block rules, then the moderation endpoint. The moderation call
 * is a pipeline request of its own (limiter, retries, a ledger row), injected as `moderate`.
 */
export function createContentFilter(deps: { moderate: Moderate; log: Logger }) {
  return {
    async check(req: { scene: string; providerId: string; input: unknown; priority?: Priority }, config: ContentFilterConfig, signal?: AbortSignal): Promise<void> {
      if (!config.moderation && config.blockRules.length === 0) return;
      const text = userText(req.input);
      if (!text) return;
      const rule = config.blockRules.find((r) => compileRule(r).test(text));
      if (rule) {
        deps.log.warn('filter.blocked', { scene: req.scene, by: 'local-rule' });
        throw new AppFailure('content_policy', `This request was blocked by the content rule "${rule}" of the ${req.scene} scene.`, { blockedBy: 'rule' });
      }
      if (!config.moderation) return;
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
    },
  };
}
export type ContentFilter = ReturnType<typeof createContentFilter>;
