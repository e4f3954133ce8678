import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_CHARS } from '../../../../../shared/contract';
import { sendBlock, textAsFile } from './sendState';

describe('composer send state', () => {
  it('blocks text longer than one message may carry, and names why', () => {
    expect(sendBlock({ text: 'x'.repeat(MAX_MESSAGE_CHARS + 1), attachments: [] }, false)).toBe('too_long');
    expect(sendBlock({ text: 'x'.repeat(MAX_MESSAGE_CHARS), attachments: [] }, false)).toBeNull();
  });

  it('blocks empty drafts, uploads in progress and a live reply', () => {
    expect(sendBlock({ text: '  ', attachments: [] }, false)).toBe('empty');
    expect(sendBlock({ text: 'hi', attachments: [{ status: 'uploading' }] }, false)).toBe('uploading');
    expect(sendBlock({ text: 'hi', attachments: [] }, true)).toBe('streaming');
    expect(sendBlock({ text: '', attachments: [{ status: 'ready' }] }, false)).toBeNull();
  });

  it('turns long text into a .txt file named after its first words', async () => {
    const file = textAsFile('Quarterly report: revenue grew 12% …' + 'x'.repeat(10));
    expect(file.name).toBe('quarterly-report-revenue-grew-12-xxxx.txt');
    expect(file.type).toBe('text/plain');
    expect(await file.text()).toContain('Quarterly report');
    expect(textAsFile('   ').name).toBe('pasted-text.txt');
  });
});
