/**
 * A long paragraph that is still streaming is cut into pieces at sentence ends, so each frame
 * re-parses only the last few hundred characters instead of the whole paragraph. A cut is made only
 * where the text before it has no open inline markup (code, emphasis, math, link), and only once the
 * next sentence has begun, so earlier pieces never change as the text grows.
 */
export const PIECE_CHARS = 600;

/** Block-level syntax at the start of a line: such a block is not cut into inline pieces. */
const BLOCK_SYNTAX = /^ {0,3}([-*+] |\d{1,9}[.)] |#|>|\||`{3}|~{3}|\$\$| {4}|\t)/m;

export function isPlainParagraph(block: string): boolean {
  return !BLOCK_SYNTAX.test(block) && !/\n {0,3}(=+|-+) *$/m.test(block);
}

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** No inline construct left open in `text`. */
export function balanced(text: string): boolean {
  const withoutStrong = text.replace(/\*\*/g, '');
  return (
    count(text, /`/g) % 2 === 0 &&
    count(text, /\*\*/g) % 2 === 0 &&
    count(withoutStrong, /\*/g) % 2 === 0 &&
    count(text, /~~/g) % 2 === 0 &&
    count(text, /(?<!\\)\$/g) % 2 === 0 &&
    count(text, /\[/g) === count(text, /\]/g) &&
    count(text, /\(/g) === count(text, /\)/g)
  );
}

export function splitParagraph(text: string, pieceChars = PIECE_CHARS): string[] {
  const pieces: string[] = [];
  // Latin sentences end in punctuation and a space; Chinese and Japanese ones in full-width punctuation, no space.
  const sentenceEnd = /(?:[.!?:;]["')\]]?\s+|[。！？；：][」』”’）】]?)(?=\S)/g;
  let start = 0;
  sentenceEnd.lastIndex = pieceChars;
  for (let m = sentenceEnd.exec(text); m; m = sentenceEnd.exec(text)) {
    const cut = m.index + m[0].length;
    const piece = text.slice(start, cut);
    if (!balanced(piece)) continue;
    pieces.push(piece);
    start = cut;
    sentenceEnd.lastIndex = start + pieceChars;
  }
  pieces.push(text.slice(start));
  return pieces;
}
