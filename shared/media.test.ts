import { describe, expect, it } from 'vitest';
import { mediaPath, parseMediaPath, parseRange } from './media';

describe('media paths and ranges', () => {
  it('round-trips media paths and rejects others', () => {
    expect(parseMediaPath(mediaPath('recording', 'ab-12'))).toEqual({ kind: 'recording', id: 'ab-12' });
    expect(parseMediaPath('/media/recording/../../etc/passwd')).toBeNull();
    expect(parseMediaPath('/media/secret/x')).toBeNull();
    expect(parseMediaPath(mediaPath('attachment', 'ab'.repeat(32)))).toEqual({ kind: 'attachment', id: 'ab'.repeat(32) });
  });
  it('parses single byte ranges', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=0-5000', 1000)).toEqual({ start: 0, end: 999 });
    expect(parseRange('bytes=2000-', 1000)).toBe('invalid');
    expect(parseRange('items=1-2', 1000)).toBe('invalid');
    expect(parseRange(undefined, 1000)).toBeNull();
  });
});
