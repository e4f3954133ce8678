import type { Element, ElementContent, Root } from 'hast';
import rehypeHighlight from 'rehype-highlight';
import { hastText } from './hastText';

/**
 * Code highlighting, done once per code block and kept. A code block of a streaming reply is highlighted
 * when its fence closes; doing it in that frame (the grammar over the whole block, then a few hundred new
 * elements) cost the frame. Here a block that has just closed is shown plain for a moment while it is
 * highlighted when the window is idle (`prepareHighlight`), and the parse that then renders it takes the
 * highlighted code from this cache. A miss highlights at once, as before: the elements are always
 * rehype-highlight's own, so the finished reply is the same.
 */
// Only blocks that name their language are highlighted: auto-detection runs every grammar on every block.
// Math is not highlighted but rendered by KaTeX, once per formula, in the code components (see katex.ts).
// react-markdown builds a new processor on every render, and rehype-highlight's attacher registers (and
// later compiles) every common grammar each time it runs: one transformer is made once and used for all.
const highlight = rehypeHighlight({ detect: false, plainText: ['math'] }) as unknown as (tree: Root, file: unknown) => void;
const quiet = { message: () => undefined };
const MAX_KEPT = 300;
const kept = new Map<string, { className: string[] | undefined; children: ElementContent[] }>();
let runs = 0;

/** How many code blocks went through highlight.js so far (for tests). */
export const highlightRuns = () => runs;

const keyOf = (code: Element) => `${JSON.stringify(code.properties.className ?? null)}\n${hastText(code)}`;

/** Highlights a `<pre>`'s code in place, from the cache when this code was highlighted before. */
function highlightPre(pre: Element, file: unknown): void {
  const only = pre.children.length === 1 ? pre.children[0] : undefined;
  const code = only?.type === 'element' && only.tagName === 'code' ? only : null;
  if (!code || !code.children.every((c) => c.type === 'text')) return void highlight({ type: 'root', children: [pre] }, file);
  const key = keyOf(code);
  const hit = kept.get(key);
  if (hit) {
    if (hit.className) code.properties.className = [...hit.className];
    code.children = hit.children;
    return;
  }
  highlight({ type: 'root', children: [pre] }, file);
  runs++;
  const className = code.properties.className;
  kept.set(key, { className: Array.isArray(className) ? className.map(String) : undefined, children: code.children });
  if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
}

function visitPres(node: Root | Element, file: unknown): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'pre') highlightPre(child, file);
    else visitPres(child, file);
  }
}

/** The rehype transformer: rehype-highlight's result for every `<pre><code>`, computed once per code. */
export function highlightTree(tree: Root, file: unknown = quiet): void {
  visitPres(tree, file);
}

/** Highlights a one-line snippet in `language`, so its grammar is compiled before a reply needs it. */
export function compileGrammar(language: string): void {
  const code: Element = { type: 'element', tagName: 'code', properties: { className: [`language-${language}`] }, children: [{ type: 'text', value: 'x' }] };
  highlight({ type: 'root', children: [{ type: 'element', tagName: 'pre', properties: {}, children: [code] }] }, quiet);
}

const CLOSING = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/**
 * The language and code of a block that is exactly one closed fenced code block, read without a parse
 * (what Markdown makes of it); null for anything else (such a block is highlighted when it is rendered).
 */
export function closedFenceCode(block: string): { className: string[] | undefined; code: string } | null {
  const lines = block.split('\n');
  if (lines.length < 2) return null;
  const [, fence, info] = /^(`{3,}|~{3,})(.*)$/.exec(lines[0]!) ?? [];
  if (fence === undefined || info === undefined || /[\\&]/.test(info) || (fence[0] === '`' && info.includes('`'))) return null;
  const closes = (line: string) => {
    const close = CLOSING.exec(line)?.[1];
    return close !== undefined && close[0] === fence[0] && close.length >= fence.length;
  };
  const body = lines.slice(1, -1);
  if (!closes(lines.at(-1)!) || body.some(closes)) return null;
  const language = info.trim().split(/\s+/)[0];
  return { className: language ? [`language-${language}`] : undefined, code: body.length ? `${body.join('\n')}\n` : '' };
}

/** Whether a block has a fenced code block that may still need highlighting. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/m;
const ready = new Set<string>();
const waiting = new Set<string>();
const listeners = new Set<() => void>();
let version = 0;
let scheduled = false;

/** Whether a finished block of a streaming reply can be rendered highlighted without highlighting in this frame. */
export function highlightReady(block: string): boolean {
  return !FENCE.test(block) || ready.has(block);
}

/** Highlights a block's code into the cache (see closedFenceCode); a block it cannot read is left to its render. */
export function prepareHighlight(block: string): void {
  const read = closedFenceCode(block);
  if (read) {
    const code: Element = { type: 'element', tagName: 'code', properties: read.className ? { className: read.className } : {}, children: read.code ? [{ type: 'text', value: read.code }] : [] };
    highlightPre({ type: 'element', tagName: 'pre', properties: {}, children: [code] }, quiet);
  }
  ready.add(block);
  if (ready.size > MAX_KEPT) ready.delete(ready.values().next().value!);
}

function runWaiting(deadline?: IdleDeadline): void {
  scheduled = false;
  // One block at least, more while the idle period lasts.
  do {
    const block = waiting.values().next().value;
    if (block === undefined) break;
    waiting.delete(block);
    prepareHighlight(block);
  } while (deadline && deadline.timeRemaining() > 8);
  version++;
  for (const listener of listeners) listener();
  if (waiting.size) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  if (typeof window !== 'undefined' && window.requestIdleCallback) window.requestIdleCallback(runWaiting, { timeout: 300 });
  else setTimeout(runWaiting, 0);
}

/** Asks for a block's code to be highlighted when the window is idle; subscribers hear when it is. */
export function highlightWhenIdle(block: string): void {
  if (highlightReady(block) || waiting.has(block)) return;
  waiting.add(block);
  schedule();
}

export function subscribeHighlights(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const highlightsVersion = () => version;
