import { describe, expect, it } from 'vitest';
import { planChunks } from './chunk-plan';
import { stitch, type ChunkTranscript } from './stitch';
import { matchSpeakers } from './stitch-speakers';

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

  it('keeps a real repeated word at a boundary: one matching word is not an overlap', () => {
    // Speech: "I said no. No way we do that." The first "no" is at 7.6 s, the second at 9.4 s; chunks overlap 8–10 s.
    const chunks: ChunkTranscript[] = [
      { startMs: 0, endMs: 10_000, overlapMs: 0, text: '', segments: [{ start: 6, end: 8.4, text: 'I said no.' }] },
      { startMs: 8000, endMs: 20_000, overlapMs: 2000, text: '', segments: [{ start: 1.4, end: 4, text: 'No way we do that.' }] },
    ];
    expect(stitch(chunks).text).toBe('I said no. No way we do that.');
    const untimed = stitch([
      { startMs: 0, endMs: 10_000, overlapMs: 0, text: 'and the answer was no' },
      { startMs: 8000, endMs: 18_000, overlapMs: 2000, text: 'no, we will not ship' },
    ]);
    expect(untimed.text).toBe('and the answer was no no, we will not ship');
  });

  it('drops what both chunks heard in the overlap when several words agree in order and in time', () => {
    const chunks: ChunkTranscript[] = [
      { startMs: 0, endMs: 10_000, overlapMs: 0, text: '', segments: [{ start: 5, end: 7, text: 'we should' }, { start: 8.2, end: 9.8, text: 'ship on friday' }] },
      { startMs: 8000, endMs: 20_000, overlapMs: 2000, text: '', segments: [{ start: 0.25, end: 1.85, text: 'ship on Friday,' }, { start: 2, end: 3, text: 'then review' }] },
    ];
    const out = stitch(chunks);
    expect(out.text).toBe('we should ship on friday then review');
    expect(out.segments.map((s) => s.startMs)).toEqual([5000, 8200, 10_000]);
    // The same words far apart in time are two utterances, not an overlap: both stay.
    const far = stitch([
      { startMs: 0, endMs: 10_000, overlapMs: 0, text: '', segments: [{ start: 1, end: 2, text: 'thank you' }] },
      { startMs: 8000, endMs: 20_000, overlapMs: 2000, text: '', segments: [{ start: 1.5, end: 2.5, text: 'thank you' }] },
    ]);
    expect(far.text).toBe('thank you thank you');
  });

  it('matches diarized speakers across chunks by who speaks in the overlap', () => {
    // Chunk 2's model calls Bo "A" and Ana "B": the overlap (Bo speaking 8.2–9.8 s in both) tells them apart.
    const out = stitch([
      { startMs: 0, endMs: 10_000, overlapMs: 0, text: '', segments: [{ start: 1, end: 4, text: 'hello everyone', speaker: 'A' }, { start: 5, end: 7, text: 'hi Ana', speaker: 'B' }, { start: 8.2, end: 9.8, text: 'let us start with budgets', speaker: 'B' }] },
      { startMs: 8000, endMs: 20_000, overlapMs: 2000, text: '', segments: [{ start: 0.2, end: 1.8, text: 'let us start with budgets', speaker: 'A' }, { start: 3, end: 6, text: 'fine by me', speaker: 'B' }, { start: 7, end: 8, text: 'good', speaker: 'A' }] },
    ]);
    expect(out.segments.map((s) => [s.speaker, s.text])).toEqual([
      ['A', 'hello everyone'],
      ['B', 'hi Ana'],
      ['B', 'let us start with budgets'],
      ['A', 'fine by me'],
      ['B', 'good'],
    ]);
  });

  it('keeps known speakers (reference clips) as themselves in every chunk and gives new voices new labels', () => {
    const map = matchSpeakers({ local: ['Ana', 'A', 'B'], evidence: [{ prev: 'A', next: 'B', weightMs: 900 }, { prev: 'Ana', next: 'A', weightMs: 5000 }], known: ['Ana'], used: new Set(['Ana', 'A']), first: false });
    expect(Object.fromEntries(map)).toEqual({ Ana: 'Ana', B: 'A', A: 'B' }); // "A" cannot be Ana (she is here by name): a new speaker
    const out = stitch(
      [
        { startMs: 0, endMs: 10_000, overlapMs: 0, text: '', segments: [{ start: 1, end: 2, text: 'morning', speaker: 'Ana' }, { start: 3, end: 4, text: 'hey', speaker: 'A' }] },
        { startMs: 8000, endMs: 20_000, overlapMs: 2000, text: '', segments: [{ start: 3, end: 4, text: 'so', speaker: 'Ana' }] },
      ],
      ['Ana'],
    );
    expect(out.segments.map((s) => s.speaker)).toEqual(['Ana', 'A', 'Ana']);
  });
});
