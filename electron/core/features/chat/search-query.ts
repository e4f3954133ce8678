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
