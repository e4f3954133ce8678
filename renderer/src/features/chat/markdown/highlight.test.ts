import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from './Markdown';

const reply = (n: number) => `Step ${n}:\n\n\`\`\`ts\nconst total: number = ${n};\nexport function f() { return total; }\n\`\`\`\n\n\`\`\`\nplain text, no language\n\`\`\``;

describe('markdown code highlighting', () => {
  it('highlights named languages on every render (one highlighter shared by every parse), and leaves unnamed blocks plain', () => {
    for (const streaming of [false, true, true]) {
      const html = renderToStaticMarkup(createElement(Markdown, { text: reply(1), streaming }));
      expect(html).toContain('class="hljs language-ts"');
      expect(html).toMatch(/<span class="hljs-keyword">const<\/span>/);
      expect(html).toMatch(/<span class="hljs-keyword">function<\/span>/);
      expect(html).toContain('<code>plain text, no language\n</code>');
    }
  });
});
