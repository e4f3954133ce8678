/**
 * POST /v1/moderations. Test triggers (case-insensitive) in a text input:
 *   "FLAGME"                → flagged for harassment
 *   "FLAGME:<category>"     → flagged for that category, e.g. FLAGME:self-harm/intent
 *   "kill everyone"         → flagged for violence
 * Everything else is not flagged, with small deterministic scores. Image inputs are never flagged.
 */
import { createHash, randomBytes } from 'node:crypto';
import { estimateTextTokens } from '../chat/tokens';
import { parseJsonObject } from '../http/body';
import { invalidType, missingParam } from '../http/errors';
import { requireModel } from '../models';
import { MB, type RouteDef } from './route';

export const MODERATION_CATEGORIES = [
  'harassment', 'harassment/threatening', 'hate', 'hate/threatening', 'illicit', 'illicit/violent',
  'self-harm', 'self-harm/intent', 'self-harm/instructions', 'sexual', 'sexual/minors', 'violence', 'violence/graphic',
] as const;

interface Input {
  text: string;
  images: number;
}

function inputs(raw: unknown): Input[] {
  if (raw === undefined || raw === null) throw missingParam('input');
  if (typeof raw === 'string') return [{ text: raw, images: 0 }];
  if (!Array.isArray(raw)) throw invalidType('input', 'a string or array', raw);
  if (raw.every((x) => typeof x === 'string')) return raw.map((text: string) => ({ text, images: 0 }));
  const parts = raw as Array<{ type?: unknown; text?: unknown }>;
  return [
    {
      text: parts.map((p) => (p?.type === 'text' && typeof p.text === 'string' ? p.text : '')).join(' '),
      images: parts.filter((p) => p?.type === 'image_url').length,
    },
  ];
}

function flaggedCategories(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(/FLAGME(?::([a-z/-]+))?/gi)) {
    const category = m[1]?.toLowerCase();
    found.add(category && (MODERATION_CATEGORIES as readonly string[]).includes(category) ? category : 'harassment');
  }
  if (/kill everyone/i.test(text)) found.add('violence');
  return found;
}

function result(input: Input) {
  const flagged = flaggedCategories(input.text);
  const seed = createHash('sha256').update(input.text).digest();
  const categories: Record<string, boolean> = {};
  const scores: Record<string, number> = {};
  const applied: Record<string, string[]> = {};
  MODERATION_CATEGORIES.forEach((c, i) => {
    categories[c] = flagged.has(c);
    scores[c] = flagged.has(c) ? 0.98 : Math.round(((seed[i] ?? 0) / 255) * 0.009 * 1e6) / 1e6 + 0.000001;
    applied[c] = input.images > 0 && /^(self-harm|sexual$|violence)/.test(c) ? ['text', 'image'] : ['text'];
  });
  return { flagged: flagged.size > 0, categories, category_scores: scores, category_applied_input_types: applied };
}

export const moderations: RouteDef = {
  name: 'moderations',
  method: 'POST',
  pattern: /^\/v1\/moderations\/?$/,
  maxBodyBytes: 20 * MB,
  prepare: async (ctx) => {
    const body = parseJsonObject(ctx.body, ctx.req.headers['content-type']);
    const model = body.model ?? 'omni-moderation-latest';
    if (typeof model !== 'string') throw invalidType('model', 'a string', model);
    requireModel(ctx.core.settings.models, model, 'moderation');
    const list = inputs(body.input);
    return {
      model,
      tokenCost: list.reduce((n, i) => n + estimateTextTokens(i.text), 0),
      run: async () => ctx.sendJson(200, { id: `modr-${randomBytes(12).toString('hex')}`, model, results: list.map(result) }),
    };
  },
};
