import type { Element, Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { ReactElement } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import rehypeKatex from 'rehype-katex';

/**
 * Math, rendered once per formula. rehype-katex ran inside every parse, and a streaming reply is parsed
 * again on every frame while its last block grows: each formula of that block went through KaTeX, its
 * HTML was parsed back into a tree and turned into a few hundred React elements, and React compared them
 * all, every frame. Here a formula's rendering (rehype-katex's own output, turned into elements the way
 * react-markdown does) is kept by its TeX source and display mode, and the same elements are handed back
 * each time, so React skips them. The DOM is what rehype-katex made before.
 */
const OPTIONS = { throwOnError: false, strict: 'ignore' } as const;
const MAX_KEPT = 500;

const render = (rehypeKatex as unknown as (options: typeof OPTIONS) => (tree: Root, file: unknown) => void)(OPTIONS);
/** rehype-katex tells its file when KaTeX refuses a formula (it then shows it as an error, as it did before). */
const quiet = { message: () => undefined };
const kept = new Map<string, ReactElement>();
let renders = 0;

/** How many formulas have gone through KaTeX so far (for tests). */
export const katexRenders = () => renders;

/** The hast remark-math makes for a formula: inline `<code>`, display `<pre><code>`. */
function mathTree(tex: string, display: boolean): Root {
  const code: Element = { type: 'element', tagName: 'code', properties: { className: ['language-math', display ? 'math-display' : 'math-inline'] }, children: [{ type: 'text', value: tex }] };
  return { type: 'root', children: [display ? { type: 'element', tagName: 'pre', properties: {}, children: [code] } : code] };
}

/** The rendered formula, as elements React can reuse as they are. */
export function mathElement(tex: string, display: boolean): ReactElement {
  const key = `${display ? 'display' : 'inline'}\n${tex}`;
  let element = kept.get(key);
  if (!element) {
    const tree = mathTree(tex, display);
    render(tree, quiet);
    renders++;
    element = toJsxRuntime(tree, { Fragment, jsx, jsxs, ignoreInvalidStyle: true, passKeys: true }) as ReactElement;
    kept.set(key, element);
    if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
  }
  return element;
}
