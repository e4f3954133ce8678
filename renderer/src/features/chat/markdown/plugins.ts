import type { ComponentPropsWithoutRef } from 'react';
import type { Components, ExtraProps, Options } from 'react-markdown';
import rehypeHighlight from 'rehype-highlight';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { createElement } from 'react';
import { CodeBlock } from './CodeBlock';
import { Code } from './Code';
import { SafeLink } from './SafeLink';

type PluggableList = NonNullable<Options['remarkPlugins']>;

export const remarkPlugins: PluggableList = [remarkGfm, remarkMath];

// Only blocks that name their language are highlighted: auto-detection runs every grammar on every block.
// Math is not highlighted but rendered by KaTeX, once per formula, in the code components (see katex.ts).
// react-markdown builds a new processor on every render, and rehype-highlight's attacher registers (and
// later compiles) every common grammar each time it runs: a streaming reply paid for ~37 grammars on
// every frame. Its transformer holds no per-processor state, so one is made once and handed to every processor.
const highlight = rehypeHighlight({ detect: false, plainText: ['math'] });
const sharedHighlight = () => highlight;

/** Highlights a one-line snippet in `language`, so its grammar is compiled before a reply needs it. */
export function compileGrammar(language: string): void {
  const code = { type: 'element', tagName: 'code', properties: { className: [`language-${language}`] }, children: [{ type: 'text', value: 'x' }] };
  const tree = { type: 'root', children: [{ type: 'element', tagName: 'pre', properties: {}, children: [code] }] };
  (highlight as unknown as (tree: unknown, file: unknown) => void)(tree, { message: () => undefined });
}

export const rehypePlugins: PluggableList = [sharedHighlight];

/** For a code block still streaming in: highlighted once it closes (see isOpenFence). */
export const rehypePluginsUnhighlighted: PluggableList = [];

/** Tables scroll sideways inside a frame instead of widening the reply. */
function Table({ node: _node, ...rest }: ComponentPropsWithoutRef<'table'> & ExtraProps) {
  return createElement('div', { className: 'md-table' }, createElement('table', rest));
}

export const components: Components = { a: SafeLink, code: Code, pre: CodeBlock, table: Table };
