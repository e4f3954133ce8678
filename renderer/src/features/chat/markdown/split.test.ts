import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import ReactMarkdown from 'react-markdown';
import { richTokens } from '../../../../../e2e/simulator/chat/rich';
import { Markdown } from './Markdown';
import { OpenCodeBlock } from './OpenCodeBlock';
import { components, rehypePluginsUnhighlighted, remarkPlugins } from './plugins';
import { isOpenFence, isOpenMath, openFenceCode, splitBlocks } from './splitBlocks';
import { isPlainParagraph, splitParagraph } from './splitParagraph';

describe('splitting a streaming reply into blocks', () => {
  it('cuts at blank lines, but never inside fenced code or display math', () => {
    const text = ['Intro line.', '', '```ts', 'const a = 1;', '', 'const b = 2;', '```', '', '$$', 'x = 1', '', 'y = 2', '$$', '', 'Inline $$x$$ stays one line.', '', 'End.'].join('\n');
    expect(splitBlocks(text)).toEqual(['Intro line.', '```ts\nconst a = 1;\n\nconst b = 2;\n```', '$$\nx = 1\n\ny = 2\n$$', 'Inline $$x$$ stays one line.', 'End.']);
  });

  it('keeps an unclosed fence open to the end (the growing last block of a stream)', () => {
    expect(splitBlocks('Look:\n\n~~~~\ncode\n\nmore')).toEqual(['Look:', '~~~~\ncode\n\nmore']);
  });

  it('tells a code block still streaming in (its fence not yet closed) from a finished one', () => {
    expect(isOpenFence('```ts\nconst a = 1;')).toBe(true);
    expect(isOpenFence('```ts\nconst a = 1;\n\nconst b = 2;\n``')).toBe(true); // the closing fence is still arriving
    expect(isOpenFence('```ts\nconst a = 1;\n```')).toBe(false);
    expect(isOpenFence('~~~~\ncode\n~~~~')).toBe(false);
    expect(isOpenFence('~~~~\ncode\n~~~')).toBe(true); // shorter than the opening fence: still open
    expect(isOpenFence('Plain text with ``` inside')).toBe(false);
  });

  it('joining the blocks gives the text back, blank lines aside', () => {
    const text = 'a\n\n\n\nb\n```\n\n```\nc';
    expect(splitBlocks(text).join('\n\n').replace(/\n{2,}/g, '\n\n')).toBe(text.replace(/\n{2,}/g, '\n\n'));
  });
});

describe('splitting a long streaming paragraph', () => {
  const sentence = (i: number) => `Sentence number ${i} says something of moderate length here.`;

  it('cuts only at sentence ends past the piece size, and the pieces join back exactly', () => {
    const text = Array.from({ length: 40 }, (_, i) => sentence(i)).join(' ');
    const pieces = splitParagraph(text, 200);
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.join('')).toBe(text);
    for (const p of pieces.slice(0, -1)) {
      expect(p.length).toBeGreaterThanOrEqual(200);
      expect(p).toMatch(/\.\s+$/);
    }
  });

  it('never cuts inside open inline markup', () => {
    const text = `${'x'.repeat(190)} \`a. b. c. d.\` then **e. f.** tail. More words.`;
    const pieces = splitParagraph(text, 195);
    // The sentence ends inside the code span and the bold run are skipped; the first one after them is taken.
    expect(pieces).toEqual([`${'x'.repeat(190)} \`a. b. c. d.\` then **e. f.** tail. `, 'More words.']);
  });

  it('cuts Chinese text at full-width sentence ends, where no space follows', () => {
    const text = Array.from({ length: 30 }, (_, i) => `这是第${i}句话，内容长度适中，用来测试分段。`).join('');
    const pieces = splitParagraph(text, 100);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join('')).toBe(text);
    for (const p of pieces.slice(0, -1)) expect(p.endsWith('。')).toBe(true);
  });

  it('earlier pieces never change as the text grows', () => {
    const full = Array.from({ length: 30 }, (_, i) => sentence(i)).join(' ');
    let before: string[] = [];
    for (let n = 50; n <= full.length; n += 37) {
      const now = splitParagraph(full.slice(0, n), 150);
      expect(now.slice(0, before.length - 1)).toEqual(before.slice(0, -1));
      before = now;
    }
  });

  it('lists, headings, quotes, tables and setext headings are not plain paragraphs', () => {
    for (const block of ['- item', '1. item', '# Title', '> quote', '| a | b |', '```', '    indented code', 'Title\n===']) expect(isPlainParagraph(block)).toBe(false);
    expect(isPlainParagraph('Just words, with a - dash and 1. number inside.')).toBe(true);
  });

  it('shows display math still streaming in as its TeX, and renders it with KaTeX once it closes', () => {
    expect(isOpenMath('$$\nB_n = B_0 \\cd')).toBe(true);
    expect(isOpenMath('$$\nB_n = B_0\n$$')).toBe(false);
    expect(isOpenMath('$$x$$ stays one line')).toBe(false);
    expect(isOpenMath('Text with $$x$$')).toBe(false);
    const open = renderToStaticMarkup(createElement(Markdown, { text: 'Growth:\n\n$$\nB_n = B_0 \\cd', streaming: true }));
    expect(open).toContain('<div class="md-math-pending">B_n = B_0 \\cd</div>');
    expect(open).not.toContain('katex');
    const closed = renderToStaticMarkup(createElement(Markdown, { text: 'Growth:\n\n$$\nB_n = B_0 \\cdot r\n$$', streaming: true }));
    expect(closed).toContain('class="katex-display"');
    expect(closed).not.toContain('md-math-pending');
  });

  it('reads a code block still streaming in without a parse, into exactly what react-markdown renders for it', () => {
    let text = '';
    const growing = richTokens(700).map((token) => splitBlocks((text += token)).at(-1)!);
    const edges = ['```', '```py', '```python\n', '```python\n\n', '```python\nx\n\n', '~~~~ js extra\ncode\n~~~', '```\n  indented\n\ttab\n``', '```ts\n\n\n', '```ts\n<b>&amp;</b>'];
    let read = 0;
    for (const block of [...growing, ...edges]) {
      const parts = openFenceCode(block);
      expect(parts !== null).toBe(isOpenFence(block));
      if (!parts) continue;
      read++;
      const parsed = renderToStaticMarkup(createElement(ReactMarkdown, { remarkPlugins, rehypePlugins: rehypePluginsUnhighlighted, components }, block));
      expect(renderToStaticMarkup(createElement(OpenCodeBlock, parts))).toBe(parsed);
    }
    expect(read).toBeGreaterThan(100);
    // Where reading it takes a parser, the block is parsed as before.
    expect(openFenceCode('  ```ts\ncode')).toBeNull();
    expect(openFenceCode('```c\\+\\+\ncode')).toBeNull();
    expect(openFenceCode('```a`b\ncode')).toBeNull();
  });
});
