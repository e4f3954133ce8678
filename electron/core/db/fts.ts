/** Full-text search helpers shared by every FTS5 table (chat messages, transcripts, studio). */
import type Database from 'better-sqlite3';

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

/** Characters the unit index keeps, one token each: CJK scripts plus 々 and ー, which write inside CJK words. */
const UNIT_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u3005\\u30FC';
const UNIT_RUNS = new RegExp(`[${UNIT_CLASS}]+`, 'gu');
const ALL_UNITS = new RegExp(`^[${UNIT_CLASS}]+$`, 'u');

/**
 * The text a unit index holds for `text` (null when it has no CJK character): every CJK character as a
 * token of its own, and "0" where other text separates two runs, so a phrase of consecutive characters
 * matches exactly where they stand side by side in the text ("今天 天气" → "今 天 0 天 气"). A query of one
 * or two characters is then an FTS5 phrase lookup instead of a LIKE over every row. Called from the
 * indexes' triggers as the SQL function search_units (see registerSearchFunctions).
 */
export function searchUnits(text: string | null): string | null {
  if (!text) return null;
  const runs = text.match(UNIT_RUNS);
  return runs ? runs.map((run) => [...run].join(' ')).join(' 0 ') : null;
}

/** Registers the SQL functions search triggers call; on every connection before it writes (runMigrations does). */
export function registerSearchFunctions(db: Pick<Database.Database, 'function'>): void {
  db.function('search_units', { deterministic: true }, searchUnits);
}

/**
 * How a typed query is searched over a word index, a trigram index and a unit index beside it. Every term
 * is required.
 * - terms of 3+ characters (any script): substring match through the trigram index, so 天气很 inside
 *   今天天气很好 and 議事録 inside 会議の議事録を作成 are found (unicode61 sees each run as one token);
 * - shorter Latin-script terms: word-prefix match through the word index (prefix index '2 3');
 * - CJK terms of one or two characters (they carry a word in Chinese): a phrase of single characters in
 *   the unit index (see searchUnits), so 天气 is found inside 今天天气很好 through an index;
 * - a short term mixing CJK with other characters (A股): LIKE among the rows the other terms select, or a
 *   newest-first scan when it is the whole query.
 */
export interface SearchPlan {
  /** FTS5 query for the trigram index, or null. */
  trigram: string | null;
  /** FTS5 query for the word index, or null. */
  words: string | null;
  /** FTS5 query for the unit index, or null. */
  units: string | null;
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
  const shortUnits = short.filter((t) => ALL_UNITS.test(t));
  const shortMixed = short.filter((t) => CJK.test(t) && !ALL_UNITS.test(t));
  const shortWords = short.filter((t) => !CJK.test(t));
  return {
    trigram: long.length ? long.map((t) => `"${t}"`).join(' AND ') : null,
    words: shortWords.length ? shortWords.map((t) => `"${t}"*`).join(' ') : null,
    units: shortUnits.length ? shortUnits.map((t) => `"${searchUnits(t)}"`).join(' ') : null,
    like: shortMixed.map((t) => `%${t.replace(/[\\%_]/g, '\\$&')}%`),
    terms,
  };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** Compiled finders by term list: a search marks up to 50 rows with the same terms. */
const matchers = new Map<string, { re: RegExp; widen: boolean[] }>();

/** One case-insensitive alternation of the terms (a capture group each), and which of them widen to a whole word. */
function matcherFor(terms: string[]) {
  const key = terms.join('\u0000');
  let m = matchers.get(key);
  if (!m) {
    m = { re: new RegExp(terms.map((t) => `(${escapeRegExp(t)})`).join('|'), 'giu'), widen: terms.map((t) => !CJK.test(t)) };
    if (matchers.size >= 100) matchers.clear();
    matchers.set(key, m);
  }
  return m;
}

/** The code point of text just before / at index i, as a string (surrogate pairs kept whole). */
const charBefore = (text: string, i: number) => (i >= 2 && /[\uDC00-\uDFFF]/.test(text[i - 1]!) && /[\uD800-\uDBFF]/.test(text[i - 2]!) ? text.slice(i - 2, i) : text.slice(i - 1, i));
const charAt = (text: string, i: number) => String.fromCodePoint(text.codePointAt(i)!);

/** Index `n` code points before (n < 0) or after `i`, stopping at the ends of text. */
function stepCodePoints(text: string, i: number, n: number): number {
  let at = i;
  if (n < 0) for (let k = 0; k < -n && at > 0; k++) at -= charBefore(text, at).length;
  else for (let k = 0; k < n && at < text.length; k++) at += charAt(text, at).length;
  return at;
}

/** Matches of the terms from `from` on: [start, end) each, a Latin-script match widened to its whole word. */
function* termMatches(text: string, terms: string[], from: number): Generator<[number, number]> {
  const { re, widen } = matcherFor(terms);
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
    // Typing "zeph" marks "Zephyr"; CJK has no word edges.
    if (widen[m.slice(1).findIndex((g) => g !== undefined)]) {
      while (start > 0 && WORD_CHAR.test(charBefore(text, start))) start -= charBefore(text, start).length;
      while (end < text.length && WORD_CHAR.test(charAt(text, end))) end += charAt(text, end).length;
      re.lastIndex = end;
    }
    yield [start, end];
  }
}

/**
 * A short excerpt of `text` around the first match of any term, split into plain and matched segments
 * the UI renders without HTML. Matching is case-insensitive; the excerpt is cut on whole code points.
 * Only the excerpt is scanned past the first match (a search marks 50 rows at every keystroke).
 */
export function snippetOf(text: string, terms: string[], before = 40, after = 100): { text: string; match: boolean }[] {
  const matches = terms.length ? termMatches(text, terms, 0) : null;
  const head = matches?.next();
  const first = head && !head.done ? head.value[0] : 0;
  const start = stepCodePoints(text, first, -before);
  const end = stepCodePoints(text, first, after);
  const out: { text: string; match: boolean }[] = [];
  const push = (s: string, match: boolean) => {
    if (s) out.push({ text: s, match });
  };
  let at = start;
  const lead = start > 0 ? '…' : '';
  for (let m = head; m && !m.done; m = matches!.next()) {
    const [from, to] = m.value;
    if (to <= at) continue;
    if (from >= end) break;
    push((at === start ? lead : '') + text.slice(at, from), false);
    push(text.slice(Math.max(from, at), Math.min(to, end)), true);
    at = Math.min(to, end);
  }
  push((at === start ? lead : '') + text.slice(at, end) + (end < text.length ? '…' : ''), false);
  return out;
}
