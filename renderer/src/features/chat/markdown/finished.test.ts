import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { richAnswer, richTokens } from '../../../../../e2e/simulator/chat/rich';
import { Markdown } from './Markdown';
import { blocksStandAlone, splitBlocks } from './splitBlocks';

const html = (text: string, streaming = false) => renderToStaticMarkup(createElement(Markdown, { text, streaming })).replace(/>\s+</g, '><');
/** The whole text parsed as one document: what a finished reply showed before. */
const whole = (text: string) => renderToStaticMarkup(createElement(Markdown, { text: `[whole]: https://example.com\n\n${text}` })).replace(/>\s+</g, '><');

describe('a finished reply keeps the blocks it streamed in', () => {
  it('where they stand alone, the blocks render exactly as the whole text does', () => {
    const samples = [richTokens(900).join(''), ...['table', 'code', 'math', 'list', 'hello'].map((q) => richAnswer(q)), '# Title\n\nText with **bold** and `code`.\n\n---\n\n1. one\n2. two\n\n> quote'];
    for (const text of samples) {
      expect(blocksStandAlone(splitBlocks(text))).toBe(true);
      // A reference definition forces the whole parse; it renders nothing itself.
      expect(html(text)).toBe(whole(text));
    }
  });

  it('falls back to the whole text where blocks reach across blank lines', () => {
    expect(blocksStandAlone(splitBlocks('See [the docs][d].\n\n[d]: https://example.com'))).toBe(false);
    expect(blocksStandAlone(splitBlocks('A claim.[^1]\n\n[^1]: The source.'))).toBe(false);
    expect(blocksStandAlone(splitBlocks('- item\n\n    more of the item'))).toBe(false);
    expect(blocksStandAlone(splitBlocks('- loose\n\n- list'))).toBe(false);
    expect(blocksStandAlone(splitBlocks('```md\n[x]: not a definition\n```\n\nText.'))).toBe(true);
    expect(html('See [the docs][d].\n\n[d]: https://example.com')).toContain('href="https://example.com"');
  });
});
