import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import ReactMarkdown from 'react-markdown';
import rehypeKatex from 'rehype-katex';
import { describe, expect, it } from 'vitest';
import { richAnswer, richTokens } from '../../../../../e2e/simulator/chat/rich';
import { katexRenders, mathElement } from './katex';
import { components, rehypePlugins, remarkPlugins } from './plugins';

/** What rehype-katex inside the parse rendered before: it replaced every formula before the components saw it. */
const before = (text: string) =>
  renderToStaticMarkup(createElement(ReactMarkdown, { remarkPlugins, rehypePlugins: [[rehypeKatex, { throwOnError: false, strict: 'ignore' }], ...rehypePlugins], components }, text));
const now = (text: string) => renderToStaticMarkup(createElement(ReactMarkdown, { remarkPlugins, rehypePlugins, components }, text));

const samples = [
  richAnswer('formula'),
  'Inline $a^2 + b^2 = c^2$ and again $a^2 + b^2 = c^2$, then $\\frac{1}{2}$ and `code` beside it.',
  '$$\n\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}\n$$',
  '```math\nE = mc^2\n```',
  'Broken $\\frac{1}{$ and $\\unknowncommand{x}$ stay visible.',
  '$$\nx = 1\n$$\n\nand inline $x = 1$ differ',
  '- a list with $x_1$\n- and a table:\n\n| a | $b^2$ |\n| --- | --- |\n| 1 | 2 |',
  richTokens(700).join(''),
];

describe('math rendered once per formula', () => {
  it('renders exactly what rehype-katex rendered, the first time and from what it kept', () => {
    for (const text of samples) {
      const expected = before(text);
      expect(expected).toMatch(/class="katex/);
      expect(now(text)).toBe(expected);
      expect(now(text)).toBe(expected);
    }
  });

  it('renders a formula it has seen once, hands back the same elements, and keeps inline and display apart', () => {
    const start = katexRenders();
    now('Growing: $q_{17}^2$ and $r_{17}$');
    expect(katexRenders()).toBe(start + 2);
    now('Growing: $q_{17}^2$ and $r_{17}$, and then more text');
    expect(katexRenders()).toBe(start + 2);
    expect(mathElement('q_{17}^2', false)).toBe(mathElement('q_{17}^2', false));
    expect(now('$$\nq_{17}^2\n$$')).toContain('katex-display');
    expect(katexRenders()).toBe(start + 3);
  });
});
