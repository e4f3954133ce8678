/**
 * Real token counts (tiktoken's o200k_base / cl100k_base via gpt-tokenizer) wherever the app has to
 * estimate text: limiter reservations, budgets, the estimates shown before a send, a broken stream's
 * bill, history trimming and minutes sections. Characters ÷ 4 undercounts CJK text several times over.
 *
 * Cost on the hot path: each encoding's rank table loads on first use (~0.2–0.4 s, once per process),
 * then BPE costs ~5 µs per 100 characters. Counts of longer texts are kept in a small LRU, so the
 * history of a conversation is counted once, not again on every send and estimate.
 */
import { createRequire } from 'node:module';
import { tokenizerFor, type PriceOverrides, type TokenizerName } from '../../../shared/pricing';

interface Encoding {
  countTokens(text: string, options?: { disallowedSpecial?: Set<string> }): number;
}

const load = createRequire(import.meta.url);
const encodings = new Map<TokenizerName, Encoding>();

function encoding(name: TokenizerName): Encoding {
  let e = encodings.get(name);
  if (!e) {
    // Loaded lazily (sync require) so starting the app does not pay for tables no call needs yet.
    e = (name === 'cl100k_base' ? load('gpt-tokenizer/cjs/encoding/cl100k_base') : load('gpt-tokenizer/cjs/encoding/o200k_base')) as Encoding;
    encodings.set(name, e);
  }
  return e;
}

/** User text that happens to contain "<|endoftext|>" is text, not a special token (and must not throw). */
const AS_TEXT = { disallowedSpecial: new Set<string>() };

/**
 * Texts shorter than this are counted every time. Looking a text up costs well under a microsecond while
 * BPE costs microseconds even for a short sentence, so every turn but the tiniest is kept: a ten-turn
 * history of short messages was re-counted on every send (~40 µs) when only texts of 256+ characters were.
 */
const CACHE_MIN_CHARS = 24;
export const CACHE_MAX_ENTRIES = 4096;
const CACHE_MAX_CHARS = 32_000_000;

/**
 * Counts of recent texts, least recently used dropped first, in two generations: a hit in the young one
 * costs one lookup (a strict LRU moved every hit to the end: a delete and a set of the whole text as key,
 * three hashings of each long turn on every send); a hit in the old one moves it to the young one. When
 * the young one holds half the budget it becomes the old one, and what the old one held is dropped.
 */
export class CountCache {
  private young = new Map<string, number>();
  private old = new Map<string, number>();
  private youngChars = 0;

  get(text: string): number | undefined {
    const n = this.young.get(text);
    if (n !== undefined) return n;
    const aged = this.old.get(text);
    if (aged !== undefined) this.set(text, aged);
    return aged;
  }

  /** Texts held (both generations; at most CACHE_MAX_ENTRIES). */
  get size(): number {
    return this.young.size + this.old.size;
  }

  set(text: string, n: number): void {
    if (text.length > CACHE_MAX_CHARS / 4) return;
    this.young.set(text, n);
    this.youngChars += text.length;
    if (this.young.size > CACHE_MAX_ENTRIES / 2 || this.youngChars > CACHE_MAX_CHARS / 2) {
      this.old = this.young;
      this.young = new Map();
      this.youngChars = 0;
    }
  }
}

const caches = new Map<TokenizerName, CountCache>();

/**
 * Loads o200k_base's tables now (~0.2–0.5 s of this thread), so the first estimate a person waits for does
 * not pay for them. The app calls it at a quiet moment after the first screen has loaded (see
 * rpc/quiet-watch). Cheap to call again.
 */
export function warmTokenizer(): void {
  encoding('o200k_base');
}

/** Tokens of `text` in the named encoding. */
export function countWith(name: TokenizerName, text: string): number {
  if (text.length === 0) return 0;
  if (text.length < CACHE_MIN_CHARS) return encoding(name).countTokens(text, AS_TEXT);
  let cache = caches.get(name);
  if (!cache) caches.set(name, (cache = new CountCache()));
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const n = encoding(name).countTokens(text, AS_TEXT);
  cache.set(text, n);
  return n;
}

/** Tokens of `text` as `model` counts them (o200k_base unless the model is an older cl100k one). */
export function countTokens(text: string, model: string, overrides?: PriceOverrides): number {
  return countWith(tokenizerFor(model, overrides), text);
}

/** A counter bound to one model, for the pricing functions that take one. */
export const tokenCounter = (model: string, overrides?: PriceOverrides) => {
  const name = tokenizerFor(model, overrides);
  return (text: string) => countWith(name, text);
};
