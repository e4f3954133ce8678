/**
 * Splits Markdown into top-level blocks at blank lines outside fenced code and $$ math, so a streaming
 * reply re-parses only its last, growing block while the finished ones stay memoised. Used only while
 * streaming: the finished reply is parsed whole (reference links and loose lists then join up again).
 */
export function splitBlocks(text: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let fence: string | null = null;
  let math = false;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (fence) {
      if (trimmed.startsWith(fence) && trimmed.replace(/[`~]/g, '') === '') fence = null;
    } else if (/^(`{3,}|~{3,})/.test(trimmed)) {
      fence = /^(`{3,}|~{3,})/.exec(trimmed)![1]!;
    } else if (math) {
      if (trimmed.includes('$$')) math = false;
    } else if (trimmed.startsWith('$$') && (trimmed.match(/\$\$/g)?.length ?? 0) % 2 === 1) {
      // A lone "$$" opens a display-math block; "$$x$$" on one line does not.
      math = true;
    } else if (trimmed === '') {
      if (current.length) blocks.push(current.join('\n'));
      current = [];
      continue;
    }
    current.push(line);
  }
  if (current.length) blocks.push(current.join('\n'));
  return blocks;
}

/**
 * Whether a block is a fenced code block still waiting for its closing fence: the growing code of a
 * streaming reply. It is shown without highlighting until it closes, so each frame does not run the
 * grammar over the whole block again.
 */
export function isOpenFence(block: string): boolean {
  const lines = block.split('\n');
  const open = /^\s*(`{3,}|~{3,})/.exec(lines[0]!)?.[1];
  if (!open) return false;
  return !lines.slice(1).some((line) => {
    const trimmed = line.trim();
    return trimmed.startsWith(open) && trimmed.replace(/[`~]/g, '') === '';
  });
}

/**
 * The language and code of a fenced block still streaming in, read directly (what Markdown would make of
 * it: the lines after the opening fence, ending in a newline), so a growing code block is not parsed
 * again on every frame. Null where reading it takes a Markdown parser: an indented fence, an info string
 * with escapes or entities, a backtick fence whose info has a backtick.
 */
export function openFenceCode(block: string): { language: string | null; code: string } | null {
  if (!isOpenFence(block)) return null;
  const newline = block.indexOf('\n');
  const first = newline < 0 ? block : block.slice(0, newline);
  const [, fence, info] = /^(`{3,}|~{3,})(.*)$/.exec(first) ?? [];
  if (fence === undefined || info === undefined || /[\\&]/.test(info) || (fence[0] === '`' && info.includes('`'))) return null;
  // The line ending after the last line ends that line; it does not start another.
  const body = newline < 0 ? '' : block.slice(newline + 1).replace(/\n$/, '');
  return { language: info.trim().split(/\s+/)[0] || null, code: body ? `${body}\n` : '' };
}

/**
 * Whether a block is display math (`$$`) still waiting for its closing `$$`. KaTeX would render every
 * partial formula as it grows (often as a red error, e.g. half a command name), so it is shown as its
 * TeX source until it closes.
 */
export function isOpenMath(block: string): boolean {
  return block.trimStart().startsWith('$$') && (block.match(/\$\$/g)?.length ?? 0) % 2 === 1;
}

const LIST_ITEM = /^ {0,3}([-*+]|\d{1,9}[.)])[ \t]/;

/**
 * Whether the blocks parse on their own exactly as the whole text would: no reference-link or footnote
 * definitions (they reach across blocks), no block that starts indented (it may continue a list item
 * across a blank line) and no two list blocks in a row (one loose list). A finished reply whose blocks
 * stand alone keeps the blocks it streamed in, so finishing it parses nothing again.
 */
export function blocksStandAlone(blocks: readonly string[]): boolean {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (/^[ \t]/.test(block)) return false;
    if (i > 0 && LIST_ITEM.test(block) && LIST_ITEM.test(blocks[i - 1]!)) return false;
    const fenced = /^(`{3,}|~{3,}|\$\$)/.test(block);
    if (!fenced && /^ {0,3}\[[^\]\n]+\]:/m.test(block)) return false;
  }
  return true;
}
