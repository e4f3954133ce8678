import { describe, expect, it } from 'vitest';
import { sentenceSegments, splitSentences } from './sentences';
import { stitch } from './stitch';

describe('splitSentences', () => {
  it('cuts English after . ! ? and keeps quotes, numbers, abbreviations and addresses whole', () => {
    expect(splitSentences('Okay, let\'s start. Is the beta ready? "Yes!" Mr. Chen sent v2.5 to example.com at 3 p.m. today… Right.')).toEqual([
      "Okay, let's start.",
      'Is the beta ready?',
      '"Yes!"',
      'Mr. Chen sent v2.5 to example.com at 3 p.m. today…',
      'Right.',
    ]);
  });

  it('cuts Chinese after 。！？ with no space after them, and keeps closing quotes with their sentence', () => {
    expect(splitSentences('我们开始吧。测试版准备好了吗？“准备好了！”下周二再决定')).toEqual(['我们开始吧。', '测试版准备好了吗？', '“准备好了！”', '下周二再决定']);
  });

  it('leaves text without sentence ends alone', () => {
    expect(splitSentences('alpha bravo charlie')).toEqual(['alpha bravo charlie']);
    expect(splitSentences('')).toEqual([]);
  });
});

describe('sentence-level segments for untimed models', () => {
  it('gives each sentence a share of the block by its length, end to end', () => {
    const out = sentenceSegments({ startMs: 10_000, endMs: 20_000, text: 'Short one. This sentence is three times as long.', speaker: null });
    expect(out.map((s) => s.text)).toEqual(['Short one.', 'This sentence is three times as long.']);
    expect(out[0]!.startMs).toBe(10_000);
    expect(out[0]!.endMs).toBe(out[1]!.startMs);
    expect(out[1]!.endMs).toBe(20_000);
    expect(out[1]!.endMs - out[1]!.startMs).toBeGreaterThan(2.5 * (out[0]!.endMs - out[0]!.startMs));
  });

  it('turns a gpt-4o-transcribe wall of text per chunk into sentences, across chunks', () => {
    const out = stitch([
      { startMs: 0, endMs: 30_000, overlapMs: 0, text: 'Welcome, everyone. The checkout bug is fixed. We ship on Friday' },
      { startMs: 28_000, endMs: 60_000, overlapMs: 2000, text: 'ship on Friday. 下周二再决定。谢谢大家！' },
    ]);
    // The overlap's repeat ("ship on Friday.") is dropped as before; what is left is cut into sentences.
    expect(out.segments.map((s) => s.text)).toEqual(['Welcome, everyone.', 'The checkout bug is fixed.', 'We ship on Friday', '下周二再决定。', '谢谢大家！']);
    const starts = out.segments.map((s) => s.startMs);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(out.segments[3]!.startMs).toBe(28_000);
    expect(out.segments[4]!.endMs).toBe(60_000);
  });
});
