import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { Markdown } from './Markdown';
import { ReplyMarkdown } from './ReplyMarkdown';
import { richMarkdown } from './richMarkdown';

// The chunk brings the warm-up, which reads the chat's stream store (and so the app's API).
vi.mock('../../../api', () => ({ subscribe: () => () => {} }));

const reply = 'Here is **the answer**.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nLine one\nline two';
const render = (streaming: boolean) => renderToStaticMarkup(createElement(ReplyMarkdown, { text: reply, streaming }));

describe('a reply while its Markdown renderer loads', () => {
  it('shows its text as typed before the chunk has loaded (never blank), then renders exactly as Markdown does', async () => {
    expect(richMarkdown.current()).toBeNull();
    const plain = render(true);
    expect(plain).toContain('<p class="plain-text">Here is **the answer**.</p>');
    expect(plain).toContain('<p class="plain-text">Line one\nline two</p>');
    expect(plain).not.toContain('<table');
    await richMarkdown.load();
    for (const streaming of [true, false]) expect(render(streaming)).toBe(renderToStaticMarkup(createElement(Markdown, { text: reply, streaming })));
    expect(render(false)).toContain('<table>');
  });
});
