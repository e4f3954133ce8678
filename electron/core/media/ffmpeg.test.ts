import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeToneWav } from '../../../e2e/simulator/audio/tone';
import { decodeWithSilences, encodeChunk, ffmpegPaths, probe, runTool } from './ffmpeg';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-ffmpeg-'));
const file = (name: string, data: Buffer | string) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, data);
  return p;
};

describe('ffmpeg wrappers (bundled binaries)', () => {
  it('ships ffmpeg and ffprobe with npm install', () => {
    expect(fs.existsSync(ffmpegPaths().ffmpeg)).toBe(true);
    expect(fs.existsSync(ffmpegPaths().ffprobe)).toBe(true);
  });

  it('probes duration and streams of a recording', async () => {
    const wav = file('tones.wav', encodeToneWav(['alpha', null, 'bravo', 'charlie']));
    const p = await probe(wav);
    expect(p.hasAudio).toBe(true);
    expect(p.durationMs).toBeGreaterThan(3900);
    expect(p.durationMs).toBeLessThan(4200);
  });

  it('refuses empty, corrupt and non-audio files with clear errors', async () => {
    await expect(probe(file('empty.m4a', ''), 'empty.m4a')).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/empty/) });
    await expect(probe(file('junk.mp3', Buffer.alloc(5000, 7)), 'junk.mp3')).rejects.toMatchObject({ code: 'unsupported_format' });
    const png = path.join(dir, 'still.png');
    await runTool(ffmpegPaths().ffmpeg, ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'color=c=red:s=32x32', '-frames:v', '1', png]);
    await expect(probe(png, 'still.png')).rejects.toMatchObject({ message: expect.stringMatching(/no audio/) });
    const wav = encodeToneWav(['alpha', 'bravo', 'charlie', 'delta']);
    await expect(probe(file('truncated.wav', wav.subarray(0, 30)), 'truncated.wav')).rejects.toMatchObject({ code: 'unsupported_format' });
  });

  it('decodes to 16 kHz mono, finds silences, and encodes a compact chunk', async () => {
    const src = path.join(dir, 'meeting.m4a');
    await runTool(ffmpegPaths().ffmpeg, ['-loglevel', 'error', '-y', '-i', file('src.wav', encodeToneWav(['alpha', null, null, 'bravo', 'charlie'])), '-ac', '2', '-ar', '44100', '-c:a', 'aac', src]);
    const wav = path.join(dir, 'speech.wav');
    const silences = await decodeWithSilences(src, wav);
    const header = fs.readFileSync(wav).subarray(0, 44);
    expect(header.readUInt16LE(22)).toBe(1); // mono
    expect(header.readUInt32LE(24)).toBe(16_000);
    // The two seconds of silence after "alpha" (1–3 s), found in the same pass as the decode.
    expect(silences.some((s) => s.startMs >= 900 && s.startMs <= 1200 && s.endMs >= 2800)).toBe(true);
    const chunk = path.join(dir, 'chunk.m4a');
    await encodeChunk(wav, 1000, 4000, chunk);
    const p = await probe(chunk);
    expect(p.durationMs).toBeGreaterThan(2800);
    expect(p.durationMs).toBeLessThan(3300);
  });
});
