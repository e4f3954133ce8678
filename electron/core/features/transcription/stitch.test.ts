import { describe, expect, it } from 'vitest';
import { planChunks } from './chunk-plan';
import { repeatedWords, stitch, type ChunkTranscript } from './stitch';

describe('chunk planning', () => {
  it('keeps every chunk under the limit, covers the whole recording and overlaps each boundary', () => {
    const chunks = planChunks(3_600_000, [], { maxChunkMs: 600_000, overlapMs: 2000 });
    expect(chunks[0]).toMatchObject({ startMs: 0, overlapMs: 0 });
    expect(chunks.at(-1)!.endMs).toBe(3_600_000);
    for (const c of chunks) expect(c.endMs - c.startMs).toBeLessThanOrEqual(600_000);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i]!.startMs).toBe(chunks[i - 1]!.endMs - 2000);
  });

  it('cuts in the middle of the latest silence in the window', () => {
    const chunks = planChunks(1_000_000, [{ startMs: 400_000, endMs: 402_000 }, { startMs: 500_000, endMs: 510_000 }, { startMs: 700_000, endMs: 701_000 }], {
      maxChunkMs: 600_000,
      overlapMs: 1000,
    });
    expect(chunks[0]!.endMs).toBe(505_000);
    expect(planChunks(1_000_000, [{ startMs: 500_200, endMs: 501_900 }], { maxChunkMs: 600_000, overlapMs: 1000 })[0]!.endMs).toBe(501_000);
  });

  it('handles empty and tiny recordings', () => {
    expect(planChunks(0, [], { maxChunkMs: 1000, overlapMs: 100 })).toEqual([]);
    expect(planChunks(500, [], { maxChunkMs: 1000, overlapMs: 100 })).toEqual([{ index: 0, startMs: 0, endMs: 500, overlapMs: 0 }]);
  });
});

describe('stitching', () => {
  it('finds the words an overlap repeats', () => {
    expect(repeatedWords('the quick brown fox'.split(' '), 'brown fox jumps over'.split(' '))).toBe(2);
    expect(repeatedWords('a b c'.split(' '), 'd e'.split(' '))).toBe(0);
    expect(repeatedWords(['Fox,'], ['fox'])).toBe(1);
  });

  it('maps timed segments to the original recording and splits overlaps at their middle', () => {
    const chunks: ChunkTranscript[] = [
      { startMs: 0, endMs: 10_000, overlapMs: 0, text: '', segments: [{ start: 0, end: 4, text: 'alpha bravo' }, { start: 8, end: 10, text: 'charlie' }] },
      { startMs: 8000, endMs: 20_000, overlapMs: 2000, text: '', segments: [{ start: 0, end: 2, text: 'charlie' }, { start: 3, end: 5, text: 'delta' }] },
    ];
    const out = stitch(chunks);
    expect(out.text).toBe('alpha bravo charlie delta');
    expect(out.segments.map((s) => [s.startMs, s.text])).toEqual([
      [0, 'alpha bravo'],
      [8000, 'charlie'],
      [11_000, 'delta'],
    ]);
  });

  it('removes repeated words between untimed chunks', () => {
    const out = stitch([
      { startMs: 0, endMs: 10_000, overlapMs: 0, text: 'we agreed to ship on friday' },
      { startMs: 8000, endMs: 18_000, overlapMs: 2000, text: 'on Friday, and then review' },
    ]);
    expect(out.text).toBe('we agreed to ship on friday and then review');
  });

  it('keeps a word repeated across chunks that only touch (no overlap)', () => {
    const out = stitch([
      { startMs: 0, endMs: 1000, overlapMs: 0, text: '', segments: [{ start: 0, end: 1, text: 'yes' }] },
      { startMs: 1000, endMs: 2000, overlapMs: 0, text: '', segments: [{ start: 0, end: 1, text: 'yes' }] },
    ]);
    expect(out.segments.map((s) => [s.startMs, s.text])).toEqual([
      [0, 'yes'],
      [1000, 'yes'],
    ]);
  });
});
