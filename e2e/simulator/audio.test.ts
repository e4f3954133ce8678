import { execFileSync } from 'node:child_process';
import OpenAI, { toFile } from 'openai';
import type { TranscriptionDiarized } from 'openai/resources/audio/transcriptions';
import { describe, expect, it } from 'vitest';
import { WORDS, encodeToneWav } from './audio/tone';
import { writeWav } from './audio/wav';
import { useSimulator } from './test-helpers';
import { createRequire } from 'node:module';

const { client } = useSimulator();

// "alpha bravo" · 1 s pause · "charlie" · 2 s pause · "zulu five"  → 8 s
const WAV = encodeToneWav(['alpha', 'bravo', null, 'charlie', null, null, 'zulu', 'five']);
const wavFile = (name = 'meeting.wav', bytes = WAV) => toFile(bytes, name, { type: 'audio/wav' });

/** The ffmpeg npm bundles with the app: always there, so this test never needs to skip. */
const FFMPEG = (createRequire(import.meta.url)('@ffmpeg-installer/ffmpeg') as { path: string }).path;

describe('audio.transcriptions', () => {
  it('json: text decoded from the tone code, with duration usage for whisper-1', async () => {
    const r = await client().audio.transcriptions.create({ model: 'whisper-1', file: await wavFile() });
    expect(r.text).toBe('alpha bravo charlie zulu five');
    expect(r.usage).toEqual({ type: 'duration', seconds: 8 });
  });

  it('gpt-4o-transcribe: token usage, and json only', async () => {
    const r = await client().audio.transcriptions.create({ model: 'gpt-4o-transcribe', file: await wavFile() });
    expect(r.text).toBe('alpha bravo charlie zulu five');
    expect(r.usage).toMatchObject({ type: 'tokens', input_token_details: { audio_tokens: 80, text_tokens: 0 } });
    const err = await client()
      .audio.transcriptions.create({ model: 'gpt-4o-mini-transcribe', file: await wavFile(), response_format: 'srt' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as InstanceType<typeof OpenAI.BadRequestError>).param).toBe('response_format');
  });

  it('text, srt and vtt', async () => {
    const file = await wavFile();
    const text = await client().audio.transcriptions.create({ model: 'whisper-1', file, response_format: 'text' });
    expect(text).toBe('alpha bravo charlie zulu five\n');
    const srt = await client().audio.transcriptions.create({ model: 'whisper-1', file: await wavFile(), response_format: 'srt' });
    expect(srt).toBe(
      '1\n00:00:00,000 --> 00:00:02,000\nalpha bravo\n\n2\n00:00:03,000 --> 00:00:04,000\ncharlie\n\n3\n00:00:06,000 --> 00:00:08,000\nzulu five\n',
    );
    const vtt = await client().audio.transcriptions.create({ model: 'whisper-1', file: await wavFile(), response_format: 'vtt' });
    expect(vtt.startsWith('WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nalpha bravo\n')).toBe(true);
    expect(vtt).toContain('00:00:06.000 --> 00:00:08.000\nzulu five');
  });

  it('verbose_json with word and segment timestamps', async () => {
    const r = await client().audio.transcriptions.create({
      model: 'whisper-1',
      file: await wavFile(),
      response_format: 'verbose_json',
      timestamp_granularities: ['word', 'segment'],
      language: 'en',
    });
    expect(r.duration).toBe(8);
    expect(r.language).toBe('english');
    expect(r.words?.map((w) => [w.word, w.start, w.end])).toEqual([
      ['alpha', 0, 1],
      ['bravo', 1, 2],
      ['charlie', 3, 4],
      ['zulu', 6, 7],
      ['five', 7, 8],
    ]);
    expect(r.segments?.map((s) => [s.start, s.end, s.text])).toEqual([
      [0, 2, 'alpha bravo'],
      [3, 4, 'charlie'],
      [6, 8, 'zulu five'],
    ]);
  });

  it('diarized_json alternates speakers at pauses, or uses known speaker names', async () => {
    // openai-node has no overload for diarized_json, so the result type is widened here.
    const r = (await client().audio.transcriptions.create({ model: 'gpt-4o-transcribe-diarize', file: await wavFile(), response_format: 'diarized_json' })) as unknown as TranscriptionDiarized;
    expect(r.segments.map((s) => [s.type, s.speaker, s.text, s.start, s.end])).toEqual([
      ['transcript.text.segment', 'A', 'alpha bravo', 0, 2],
      ['transcript.text.segment', 'B', 'charlie', 3, 4],
      ['transcript.text.segment', 'A', 'zulu five', 6, 8],
    ]);
    const clip = `data:audio/wav;base64,${encodeToneWav(['echo', 'echo']).toString('base64')}`;
    const named = (await client().audio.transcriptions.create({
      model: 'gpt-4o-transcribe-diarize',
      file: await wavFile(),
      response_format: 'diarized_json',
      known_speaker_names: ['ann', 'bob', 'cy'],
      known_speaker_references: [clip, clip, clip],
    })) as unknown as TranscriptionDiarized;
    expect(named.segments.map((s) => s.speaker)).toEqual(['ann', 'bob', 'cy']);
  });

  it('diarize needs chunking_strategy above 30 s', async () => {
    const long = await wavFile('long.wav', encodeToneWav(['alpha', 'bravo'], { gapSeconds: 30 }));
    const err = await client()
      .audio.transcriptions.create({ model: 'gpt-4o-transcribe-diarize', file: long, response_format: 'diarized_json' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as InstanceType<typeof OpenAI.BadRequestError>).param).toBe('chunking_strategy');
    const ok = await client().audio.transcriptions.create({
      model: 'gpt-4o-transcribe-diarize',
      file: await wavFile('long.wav', encodeToneWav(['alpha', 'bravo'], { gapSeconds: 30 })),
      response_format: 'diarized_json',
      chunking_strategy: 'auto',
    });
    expect(ok.text).toBe('alpha bravo');
  });

  it('rejects uploads over 25 MB with 413 and unsupported extensions with 400', async () => {
    const big = await toFile(Buffer.alloc(26_214_401), 'huge.mp3', { type: 'audio/mpeg' });
    const err = await client().audio.transcriptions.create({ model: 'whisper-1', file: big }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect((err as InstanceType<typeof OpenAI.APIError>).status).toBe(413);
    expect((err as Error).message).toContain('Maximum content size limit (26214400) exceeded');
    const txt = await client()
      .audio.transcriptions.create({ model: 'whisper-1', file: await toFile(Buffer.from('hello'), 'notes.txt') })
      .catch((e: unknown) => e);
    expect(txt).toBeInstanceOf(OpenAI.BadRequestError);
    expect((txt as Error).message).toContain("Invalid file format. Supported formats: ['flac'");
  });

  it('gives deterministic filler for noise, and an empty text for silence', async () => {
    const noise = new Float32Array(16_000 * 3);
    let seed = 7;
    for (let i = 0; i < noise.length; i++) noise[i] = (((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) - 0.5) * 0.6;
    const file = () => toFile(writeWav(noise, 16_000), 'noise.wav', { type: 'audio/wav' });
    const a = await client().audio.transcriptions.create({ model: 'whisper-1', file: await file() });
    const b = await client().audio.transcriptions.create({ model: 'whisper-1', file: await file() });
    expect(a.text.split(' ')).toHaveLength(6);
    expect(a.text).toBe(b.text);
    expect(a.text.split(' ').some((w) => (WORDS as readonly string[]).includes(w))).toBe(false);
    const silence = await client().audio.transcriptions.create({ model: 'whisper-1', file: await toFile(writeWav(new Float32Array(32_000), 16_000), 's.wav') });
    expect(silence.text).toBe('');
  });

  it('streams transcript deltas for gpt-4o models', async () => {
    const stream = await client().audio.transcriptions.create({ model: 'gpt-4o-mini-transcribe', file: await wavFile(), stream: true });
    let text = '';
    let done = '';
    for await (const ev of stream) {
      if (ev.type === 'transcript.text.delta') text += ev.delta;
      if (ev.type === 'transcript.text.done') done = ev.text;
    }
    expect(text).toBe('alpha bravo charlie zulu five');
    expect(done).toBe(text);
  });

  it('decodes compressed audio with ffmpeg', async () => {
    const mp3 = execFileSync(FFMPEG, ['-v', 'error', '-f', 'wav', '-i', '-', '-f', 'mp3', '-b:a', '64k', '-'], {
      input: encodeToneWav(['kilo', 'lima', null, 'mike'], { trailingSilenceSeconds: 1 }),
    });
    const r = await client().audio.transcriptions.create({ model: 'whisper-1', file: await toFile(mp3, 'clip.mp3', { type: 'audio/mpeg' }), response_format: 'verbose_json' });
    expect(r.text).toBe('kilo lima mike');
    expect(r.duration).toBeGreaterThan(4.9);
    expect(r.duration).toBeLessThan(5.2);
  });
});
