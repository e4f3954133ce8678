/** Full-text search helpers shared by every FTS5 table (chat messages, transcripts). */

/** Mark the start and end of a matched word in FTS snippets (private-use characters, never in text). */
export const MATCH_OPEN = '\uE000';
export const MATCH_CLOSE = '\uE001';

/** The SQL for a snippet of column 0 with our match markers. */
export const snippetSql = (table: string, words: number) => `snippet(${table}, 0, '${MATCH_OPEN}', '${MATCH_CLOSE}', '…', ${words})`;

/**
 * Turns what a person types into a safe FTS5 query: each word quoted (so quotes, colons and
 * operators in the input cannot break the syntax), all words required, the last one as a prefix
 * so results appear while typing.
 */
export function toFtsQuery(input: string): string | null {
  const words = input.match(/[\p{L}\p{N}_]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

/** Splits an FTS snippet with match markers into segments the UI can render without HTML. */
export function snippetSegments(snippet: string): { text: string; match: boolean }[] {
  const out: { text: string; match: boolean }[] = [];
  for (const part of snippet.split(MATCH_OPEN)) {
    const [matched, rest] = part.includes(MATCH_CLOSE) ? part.split(MATCH_CLOSE, 2) : [null, part];
    if (matched) out.push({ text: matched, match: true });
    if (rest) out.push({ text: rest, match: false });
  }
  return out;
}
