/**
 * Sentence-level segments for models that return one block of text per request (gpt-4o-transcribe and
 * gpt-4o-mini-transcribe give no timestamps): the block is cut after . ! ? … and after the full-width
 * 。！？ of Chinese and Japanese (which need no space after them), and each sentence gets a share of the
 * block's time by its length. Those times are estimates; the screen marks them as approximate.
 */

/** Words whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'no', 'fig', 'inc', 'ltd', 'jr', 'sr']);
/** Closing quotes and brackets stay with the sentence they close. */
const CLOSERS = `"'”’」』）)]】`;
const WESTERN_END = /[.!?…]/;
const CJK_END = /[。！？]/;

/** Splits text into sentences, keeping every character (joined with single spaces they give the text back). */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const push = (end: number) => {
    const s = text.slice(start, end).trim();
    if (s) out.push(s);
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const cjk = CJK_END.test(c);
    if (!cjk && !WESTERN_END.test(c)) continue;
    let end = i + 1;
    while (end < text.length && (WESTERN_END.test(text[end]!) || CJK_END.test(text[end]!) || CLOSERS.includes(text[end]!))) end++;
    if (cjk) {
      push(end);
      i = end - 1;
      continue;
    }
    // Western marks end a sentence only before whitespace (not "3.5" or "example.com") and not after an abbreviation.
    if (end < text.length && !/\s/.test(text[end]!)) continue;
    // A lowercase word after the mark continues the sentence ("at 3 p.m. today").
    if (/^\s+\p{Ll}/u.test(text.slice(end))) continue;
    if (c === '.') {
      const word = /([\p{L}.]+)\.$/u.exec(text.slice(start, i + 1))?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(text[i - 1] ?? '') && /\s|^/.test(text[i - 2] ?? ' ')) continue;
    }
    push(end);
    i = end - 1;
  }
  push(text.length);
  return out;
}

/** How long a sentence takes to say, relative to others: letters and digits, one per CJK character. */
const weight = (s: string) => Math.max(1, (s.match(/[\p{L}\p{N}]/gu) ?? []).length);

/** One block of text over [startMs, endMs] as sentences, each with a share of the time by its length. */
export function sentenceSegments<T extends { startMs: number; endMs: number; text: string }>(block: T): T[] {
  const sentences = splitSentences(block.text);
  if (sentences.length <= 1) return [block];
  const total = sentences.reduce((n, s) => n + weight(s), 0);
  const span = Math.max(0, block.endMs - block.startMs);
  let done = 0;
  return sentences.map((text) => {
    const startMs = block.startMs + Math.round((span * done) / total);
    done += weight(text);
    return { ...block, text, startMs, endMs: block.startMs + Math.round((span * done) / total) };
  });
}
