/** Full-text search helpers shared by every FTS5 table (chat messages, transcripts, studio). */

/**
 * Turns what a person types into a safe FTS5 query for a word index: each word quoted (so quotes, colons
 * and operators in the input cannot break the syntax), all words required, the last one as a prefix so
 * results appear while typing.
 */
export function toFtsQuery(input: string): string | null {
  const words = input.match(/[\p{L}\p{N}_]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * How a typed query is searched over a word index and a trigram index beside it. Every term is required.
 * - terms of 3+ characters (any script): substring match through the trigram index, so 天气 inside
 *   今天天气很好 and 議事録 inside 会議の議事録を作成 are found (unicode61 sees each run as one token);
 * - shorter Latin-script terms: word-prefix match through the word index (prefix index '2 3');
 * - shorter CJK terms (one or two characters carry a word in Chinese): LIKE among the rows the other
 *   terms select, or a newest-first scan when they are the whole query.
 */
export interface SearchPlan {
  /** FTS5 query for the trigram index, or null. */
  trigram: string | null;
  /** FTS5 query for the word index, or null. */
  words: string | null;
  /** LIKE patterns (escape character '\'). */
  like: string[];
  /** The distinct terms, for highlighting. */
  terms: string[];
}

export function planSearch(input: string): SearchPlan | null {
  const seen = new Set<string>();
  const terms = (input.match(/[\p{L}\p{N}_]+/gu) ?? []).filter((t) => !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
  if (terms.length === 0) return null;
  const long = terms.filter((t) => [...t].length >= 3);
  const short = terms.filter((t) => [...t].length < 3);
  const shortCjk = short.filter((t) => CJK.test(t));
  const shortWords = short.filter((t) => !CJK.test(t));
  return {
    trigram: long.length ? long.map((t) => `"${t}"`).join(' AND ') : null,
    words: shortWords.length ? shortWords.map((t) => `"${t}"*`).join(' ') : null,
    like: shortCjk.map((t) => `%${t.replace(/[\\%_]/g, '\\$&')}%`),
    terms,
  };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A short excerpt of `text` around the first match of any term, split into plain and matched segments
 * the UI renders without HTML. Matching is case-insensitive; the excerpt is cut on whole code points.
 */
export function snippetOf(text: string, terms: string[], before = 40, after = 100): { text: string; match: boolean }[] {
  // A Latin-script match is widened to its whole word (typing "zeph" marks "Zephyr"); CJK has no word edges.
  const matcher = new RegExp(terms.map((t) => (CJK.test(t) ? escapeRegExp(t) : `[\\p{L}\\p{N}_]*${escapeRegExp(t)}[\\p{L}\\p{N}_]*`)).join('|'), 'giu');
  const matches = terms.length ? [...text.matchAll(matcher)] : [];
  const first = matches[0]?.index ?? 0;
  const chars = [...text.slice(0, first)];
  const startChars = Math.max(0, chars.length - before);
  const start = chars.slice(0, startChars).join('').length;
  const tail = [...text.slice(first)];
  const end = first + tail.slice(0, after).join('').length;
  const out: { text: string; match: boolean }[] = [];
  const push = (s: string, match: boolean) => {
    if (s) out.push({ text: s, match });
  };
  let at = start;
  const lead = start > 0 ? '…' : '';
  for (const m of matches) {
    const from = m.index;
    const to = from + m[0].length;
    if (to <= at) continue;
    if (from >= end) break;
    push((at === start ? lead : '') + text.slice(at, from), false);
    push(text.slice(Math.max(from, at), Math.min(to, end)), true);
    at = Math.min(to, end);
  }
  push((at === start ? lead : '') + text.slice(at, end) + (end < text.length ? '…' : ''), false);
  return out;
}
