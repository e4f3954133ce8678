import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import ReactMarkdown from 'react-markdown';
import rehypeHighlight from 'rehype-highlight';
import { describe, expect, it } from 'vitest';
import { richAnswer, richTokens } from '../../../../../e2e/simulator/chat/rich';
import { closedFenceCode, highlightReady, highlightRuns, prepareHighlight } from './highlightCache';
import { Markdown } from './Markdown';
import { components, remarkPlugins } from './plugins';
import { splitBlocks } from './splitBlocks';

const reply = (n: number) => `Step ${n}:\n\n\`\`\`ts\nconst total: number = ${n};\nexport function f() { return total; }\n\`\`\`\n\n\`\`\`\nplain text, no language\n\`\`\``;
const html = (text: string, streaming = false) => renderToStaticMarkup(createElement(Markdown, { text, streaming }));
/** What react-markdown with rehype-highlight itself renders: the reference for the cached highlighting. */
const reference = (text: string) =>
  renderToStaticMarkup(createElement('div', { className: 'md' }, createElement(ReactMarkdown, { remarkPlugins, rehypePlugins: [[rehypeHighlight, { detect: false, plainText: ['math'] }]], components }, text)));

const EDGES = [
  '```python\nprint("a")\n```',
  '```py\n\n\nx = 1\n\n```',
  '~~~~ js extra words\nlet a = `x`;\n~~~~~',
  '```nohighlight\nconst a = 1;\n```',
  '```no-such-language\nconst a = 1;\n```',
  '```\nno language\n```',
  '```ts\n```',
  '```math\nx^2\n```',
  '    indented code\n    more',
  '- a list item with code:\n\n  ```ts\n  const a = 1;\n  ```',
  '> ```sql\n> select 1;\n> ```',
  'Text right before\n```go\nfunc main() {}\n```\nand right after.',
];

describe('markdown code highlighting', () => {
  it('highlights named languages in a finished reply, and leaves unnamed blocks plain', () => {
    const out = html(reply(1));
    expect(out).toContain('class="hljs language-ts"');
    expect(out).toMatch(/<span class="hljs-keyword">const<\/span>/);
    expect(out).toMatch(/<span class="hljs-keyword">function<\/span>/);
    expect(out).toContain('<code>plain text, no language\n</code>');
  });

  it('renders exactly what rehype-highlight renders, the first time and from the cache', () => {
    const samples = [richTokens(900).join(''), richAnswer('code'), reply(2), ...EDGES];
    for (const sample of samples) {
      // A reference definition makes Markdown parse the text whole, as react-markdown does (it renders nothing itself).
      const text = `[whole]: https://example.com\n\n${sample}`;
      const expected = reference(text);
      expect(html(text)).toBe(expected);
      const runs = highlightRuns();
      expect(html(text)).toBe(expected);
      expect(highlightRuns()).toBe(runs); // the second render took every block from the cache
    }
  });

  it('shows a code block that has just closed in a streaming reply plain, and highlighted once it was prepared when idle', () => {
    const text = reply(3);
    const code = splitBlocks(text)[1]!;
    expect(highlightReady(code)).toBe(false);
    const before = html(text, true);
    expect(before).toContain('<code class="language-ts">const total: number = 3;');
    expect(before).not.toContain('hljs');
    prepareHighlight(code);
    expect(highlightReady(code)).toBe(true);
    const runs = highlightRuns();
    const after = html(text, true);
    expect(highlightRuns()).toBe(runs); // nothing highlighted in the frame that renders it
    expect(after).toBe(html(text).replace('class="md"', 'class="md md--streamed"'));
  });

  it('reads every closed code block of the rich reply as the parser does, so preparing it leaves nothing for its render', () => {
    let text = '';
    const closed = new Set<string>();
    for (const token of richTokens(1400)) for (const block of splitBlocks((text += token)).slice(0, -1)) if (closedFenceCode(block)) closed.add(block);
    for (const block of [...EDGES.slice(0, 8)]) expect(closedFenceCode(block)).not.toBeNull();
    expect(closed.size).toBe(2); // the Python and the TypeScript block, repeated
    for (const block of [...closed, ...EDGES.slice(0, 8)]) {
      prepareHighlight(block);
      const runs = highlightRuns();
      expect(html(block)).toBe(reference(block));
      expect(highlightRuns()).toBe(runs);
      if (closed.has(block)) expect(html(block)).toContain('class="hljs language-');
    }
    // Blocks that are not one closed fence are highlighted when they are rendered, as before.
    for (const block of ['```ts\nopen', '  ```ts\nindented fence\n  ```', '```ts\na\n```\nafter', '```a`b\ncode\n```', '```ts\ncode\n~~~']) expect(closedFenceCode(block)).toBeNull();
  });
});
