import type { ComponentPropsWithoutRef } from 'react';
import type { Components, ExtraProps, Options } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { createElement } from 'react';
import { CodeBlock } from './CodeBlock';
import { highlightTree } from './highlightCache';
import { Code } from './Code';
import { SafeLink } from './SafeLink';

type PluggableList = NonNullable<Options['remarkPlugins']>;

export const remarkPlugins: PluggableList = [remarkGfm, remarkMath];

const sharedHighlight = () => highlightTree;

/** Code highlighted by rehype-highlight, once per code block (see highlightCache.ts). */
export const rehypePlugins: PluggableList = [sharedHighlight];

/** For a code block still streaming in: highlighted once it closes (see isOpenFence). */
export const rehypePluginsUnhighlighted: PluggableList = [];

/** Tables scroll sideways inside a frame instead of widening the reply. */
function Table({ node: _node, ...rest }: ComponentPropsWithoutRef<'table'> & ExtraProps) {
  return createElement('div', { className: 'md-table' }, createElement('table', rest));
}

export const components: Components = { a: SafeLink, code: Code, pre: CodeBlock, table: Table };
