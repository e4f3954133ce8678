import { describe, expect, it } from 'vitest';
import { analyseTones, encodeToneWav, toneFrequency, WORDS } from './audio/tone';
import { parseWav } from './audio/wav';
import { minimalInstance } from './chat/json-schema';
import { estimateTextTokens, imageTokens, splitTokens } from './chat/tokens';
import { TokenBucket, formatDuration } from './limits/bucket';
import { Limiter } from './limits/limiter';

describe('formatDuration', () => {
  it('formats like OpenAI', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(120)).toBe('120ms');
    expect(formatDuration(1000)).toBe('1s');
    expect(formatDuration(17_500)).toBe('17.5s');
    expect(formatDuration(360_000)).toBe('6m0s');
    expect(formatDuration(90_250)).toBe('1m30.25s');
    expect(formatDuration(3_723_000)).toBe('1h2m3s');
  });
});

describe('token bucket', () => {
  it('refills continuously up to capacity', () => {
    const b = new TokenBucket(10, 10 / 1000, 0);
    b.take(10, 0);
    expect(b.waitMs(1, 0)).toBeCloseTo(100);
    expect(b.available(50)).toBeCloseTo(0.5);
    expect(b.available(5000)).toBe(10);
    expect(b.waitMs(11, 5000)).toBe(Infinity);
  });

  it('admits 10 rps with burst 10: 10 at once, then one per 100 ms', () => {
    const l = new Limiter({ requestsPerSecond: 10, burst: 10 });
    const admitted = Array.from({ length: 15 }, () => l.admit('k', 1, 1000).ok).filter(Boolean).length;
    expect(admitted).toBe(10);
    expect(l.admit('k', 1, 1099).ok).toBe(false);
    expect(l.admit('k', 1, 1100).ok).toBe(true);
    expect(l.headers('k', 1100)['x-ratelimit-remaining-requests']).toBe('0');
    expect(l.headers('k', 1100)['x-ratelimit-reset-requests']).toBe('1s');
  });
});

describe('tone code', () => {
  it('round-trips every word of the vocabulary', () => {
    expect(WORDS).toHaveLength(32);
    expect(new Set(WORDS).size).toBe(32);
    const wav = encodeToneWav([...WORDS], { sampleRate: 8000 });
    const pcm = parseWav(wav)!;
    expect(pcm.duration).toBe(32);
    const words = analyseTones(pcm.samples, pcm.sampleRate).map((w) => (w.kind === 'word' ? w.word : w.kind));
    expect(words).toEqual([...WORDS]);
  });

  it('marks silences and gaps, and rejects unknown words', () => {
    const pcm = parseWav(encodeToneWav(['echo', 'golf'], { gapSeconds: 2, leadingSilenceSeconds: 1 }))!;
    expect(analyseTones(pcm.samples, pcm.sampleRate).map((w) => w.kind)).toEqual(['silence', 'word', 'silence', 'silence', 'word']);
    expect(toneFrequency('alpha')).toBe(400);
    expect(toneFrequency('five')).toBe(400 + 31 * 50);
    expect(() => encodeToneWav(['aardvark'])).toThrow(/tone vocabulary/);
  });

  it('parses 24-bit stereo WAV exactly', () => {
    const sr = 8000;
    const frames = sr * 2;
    const data = Buffer.alloc(frames * 6);
    for (let i = 0; i < frames; i++) {
      const v = Math.round(0.4 * Math.sin((2 * Math.PI * 600 * i) / sr) * 8388607);
      data.writeIntLE(v, i * 6, 3);
      data.writeIntLE(v, i * 6 + 3, 3);
    }
    const header = Buffer.alloc(44);
    header.write('RIFF', 0);
    header.writeUInt32LE(36 + data.length, 4);
    header.write('WAVEfmt ', 8);
    header.writeUInt32LE(16, 16);
    header.writeUInt16LE(1, 20);
    header.writeUInt16LE(2, 22);
    header.writeUInt32LE(sr, 24);
    header.writeUInt32LE(sr * 6, 28);
    header.writeUInt16LE(6, 32);
    header.writeUInt16LE(24, 34);
    header.write('data', 36);
    header.writeUInt32LE(data.length, 40);
    const pcm = parseWav(Buffer.concat([header, data]))!;
    expect(pcm.duration).toBe(2);
    expect(analyseTones(pcm.samples, pcm.sampleRate).map((w) => (w.kind === 'word' ? w.word : w.kind))).toEqual(['echo', 'echo']) // 600 Hz = 400 + 4·50;
    expect(parseWav(Buffer.from('not a wav file at all'))).toBeNull();
  });
});

describe('chat helpers', () => {
  it('splits text into real (o200k_base) tokens losslessly, CJK included', () => {
    const text = 'Simulated reply to: supercalifragilistic words';
    expect(splitTokens(text).join('')).toBe(text);
    expect(splitTokens(text)).toEqual(['Sim', 'ulated', ' reply', ' to', ':', ' super', 'cal', 'if', 'rag', 'il', 'istic', ' words']);
    const cjk = '会议纪要：预算已批准。😀 𠀋';
    expect(splitTokens(cjk).join('')).toBe(cjk);
    expect(splitTokens(cjk).every((p) => !p.includes('\uFFFD'))).toBe(true);
    expect(estimateTextTokens('今天天气很好，我们去公园散步吧。')).toBe(12); // ÷4 would say 4
  });

  it('computes vision tokens per docs/api-facts.md', () => {
    expect(imageTokens('gpt-4o', 1024, 1024, 'low')).toBe(85);
    expect(imageTokens('gpt-4o', 1024, 1024, 'high')).toBe(85 + 4 * 170);
    expect(imageTokens('gpt-4o', 4096, 8192, 'high')).toBe(85 + 6 * 170);
    expect(imageTokens('gpt-4o-mini', 512, 512, 'high')).toBe(2833 + 5667);
    expect(imageTokens('gpt-4.1-mini', 1024, 1024)).toBe(Math.ceil(1024 * 1.62));
    expect(imageTokens('gpt-5-nano', 4000, 4000)).toBeLessThanOrEqual(Math.ceil(1536 * 2.46));
  });

  it('builds minimal JSON schema instances with $refs and unions', () => {
    const schema = {
      type: 'object',
      properties: { a: { $ref: '#/$defs/thing' }, b: { anyOf: [{ type: 'null' }, { type: 'number', minimum: 2 }] }, c: { type: ['string', 'null'], format: 'date' } },
      required: ['a', 'b', 'c'],
      $defs: { thing: { type: 'object', properties: { ok: { type: 'boolean' }, list: { type: 'array', minItems: 1, items: { const: 'x' } } } } },
    };
    expect(minimalInstance(schema)).toEqual({ a: { ok: false, list: ['x'] }, b: 2, c: '2025-01-01' });
  });
});
