import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toFile } from 'openai';
import type { TranscriptionDiarized } from 'openai/resources/audio/transcriptions';
import { describe, expect, it } from 'vitest';
import { DEMO_MEETING, DEMO_MINUTES, demoLengthSeconds, writeDemoRecording } from './audio/demo-meeting';
import { decodeAudio } from './audio/decode';
import { buildTranscript } from './audio/transcript';
import { DEMO_TOKEN_DELAY_MS } from './server';
import { useSimulator } from './test-helpers';
import { richTokens, richTopic } from './chat/rich';

const { sim, client } = useSimulator({ demo: true });

const ask = async (content: string) => (await client().chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content }] })).choices[0]?.message.content ?? '';

describe('demo mode', () => {
  it('streams at a human pace unless told otherwise', () => {
    expect(sim().control.state().settings.streamChunkDelayMs).toBe(DEMO_TOKEN_DELAY_MS);
    expect(DEMO_TOKEN_DELAY_MS).toBeGreaterThanOrEqual(10);
  });

  it('answers with tables, code and math chosen by the question', async () => {
    expect(await ask('Compare Python and Go in a table')).toMatch(/\| --- \| --- \| --- \|/);
    expect(await ask('Write a function that counts words')).toMatch(/```python\n/);
    expect(await ask('What is the formula for compound interest?')).toMatch(/\$\$\nB_n = /);
    expect(richTopic('Summarise the key points of the meeting')).toBe('list');
  });

  it('keeps the test contracts: SIM_REPLY_TOKENS is exact', async () => {
    const r = await client().chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: 'SIM_REPLY_TOKENS=7' }] });
    expect(r.usage?.completion_tokens).toBe(7);
    expect(r.choices[0]?.message.content).toMatch(/^Simulated reply to/);
  });

  it('fills a classification schema with an answer that reads like one', async () => {
    const r = await client().chat.completions.create({
      model: 'gpt-5-mini',
      messages: [{ role: 'user', content: 'I was charged twice for my invoice this month' }],
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'classification', strict: true, schema: { type: 'object', properties: { category: { type: 'string' }, confidence: { type: 'number' }, reason: { type: 'string' } }, required: ['category', 'confidence', 'reason'], additionalProperties: false } },
      },
    });
    const value = JSON.parse(r.choices[0]?.message.content ?? '{}') as { category: string; confidence: number; reason: string };
    expect(value.category).toBe('billing');
    expect(value.confidence).toBeGreaterThan(0.5);
    expect(value.confidence).toBeLessThanOrEqual(1);
    expect(value.reason).toContain('charged twice');
  });
});

describe('the demo recording', () => {
  it('is a real recording, written with the bundled ffmpeg, that the transcript script fits', async () => {
    const file = await writeDemoRecording(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-demo-')), 'Weekly product sync.m4a'));
    expect(file).toMatch(/\.m4a$/);
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(4, 8).toString('ascii')).toBe('ftyp');
    const decoded = await decodeAudio(bytes, 'm4a');
    expect(Math.abs(decoded.duration - demoLengthSeconds())).toBeLessThan(0.5);
    // Sound, but never tone-code words: in demo mode it becomes the meeting, not "alpha bravo".
    expect(buildTranscript(decoded, bytes).source).toBe('filler');

    const r = (await client().audio.transcriptions.create({
      model: 'gpt-4o-transcribe-diarize',
      file: await toFile(bytes, 'Weekly product sync.m4a'),
      response_format: 'diarized_json',
      chunking_strategy: 'auto',
    })) as TranscriptionDiarized;
    expect(r.segments.map((s) => s.text)).toEqual(DEMO_MEETING.map((t) => t.text));
    expect(new Set(r.segments.map((s) => s.speaker))).toEqual(new Set(['A', 'B', 'C']));
    // Turns last as long as their words take to say (2–3 words a second), not a switch every 10 s.
    for (const [i, s] of r.segments.entries()) {
      const rate = DEMO_MEETING[i]!.text.split(/\s+/).length / (s.end - s.start);
      expect(rate, s.text).toBeGreaterThan(1.5);
      expect(rate, s.text).toBeLessThan(4);
    }
    const plain = await client().audio.transcriptions.create({ model: 'gpt-4o-transcribe', file: await toFile(bytes, 'sync.m4a') });
    expect(plain.text).toContain("let's get started");
  }, 60_000);

  it('answers the minutes request with minutes of that meeting', async () => {
    const minutes = await ask(`Transcript:\n\n${DEMO_MEETING.map((t) => `Speaker ${t.speaker}: ${t.text}`).join('\n')}`);
    expect(minutes).toBe(DEMO_MINUTES);
    expect(minutes).toContain('| Owner | Action | Due |');
  });
});

describe('SIM_RICH_TOKENS', () => {
  it('gives exactly N tokens of Markdown with tables and code, in any mode', async () => {
    const tokens = richTokens(1500);
    expect(tokens).toHaveLength(1500);
    const text = tokens.join('');
    expect(text).toContain('| --- |');
    expect(text).toContain('```ts');
    const r = await client().chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: 'SIM_RICH_TOKENS=300' }] });
    expect(r.usage?.completion_tokens).toBe(300);
    expect(r.choices[0]?.message.content).toContain('| Python | Go |');
  });
});
