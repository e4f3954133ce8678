/**
 * Audio → mono PCM. WAV is parsed exactly; other formats go through `ffmpeg` (16 kHz mono s16le) when it
 * is on PATH, else `ffprobe` gives the duration only, else the duration is estimated at 128 kbit/s.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseWav, type Pcm } from './wav';

export interface Decoded {
  duration: number;
  /** Absent when the audio could not be decoded (duration then comes from ffprobe or an estimate). */
  pcm?: Pcm;
  via: 'wav' | 'ffmpeg' | 'ffprobe' | 'estimate';
}

const TIMEOUT_MS = 20_000;
const require = createRequire(import.meta.url);

/** The ffmpeg npm installed for the app (so tests need no system ffmpeg), else whatever is on PATH. */
function bundled(pkg: string, fallback: string): string {
  try {
    return (require(pkg) as { path: string }).path;
  } catch {
    return fallback;
  }
}
export const FFMPEG = bundled('@ffmpeg-installer/ffmpeg', 'ffmpeg');
const FFPROBE = bundled('@ffprobe-installer/ffprobe', 'ffprobe');
const FFMPEG_RATE = 16_000;

function run(cmd: string, args: string[]): Promise<Buffer | null> {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      resolve(null);
      return;
    }
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', () => {
      clearTimeout(timer);
      resolve(null);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code === 0 ? Buffer.concat(chunks) : null);
    });
  });
}

function s16ToFloat(buf: Buffer): Float32Array {
  const out = new Float32Array(Math.floor(buf.length / 2));
  for (let i = 0; i < out.length; i++) out[i] = buf.readInt16LE(i * 2) / 32768;
  return out;
}

export async function decodeAudio(bytes: Buffer, extension: string): Promise<Decoded> {
  const wav = parseWav(bytes);
  if (wav) return { duration: wav.duration, pcm: wav, via: 'wav' };
  const dir = await mkdtemp(join(tmpdir(), 'atelier-sim-'));
  try {
    const file = join(dir, `audio.${extension || 'bin'}`);
    await writeFile(file, bytes);
    const raw = await run(FFMPEG, ['-nostdin', '-v', 'error', '-i', file, '-f', 's16le', '-ac', '1', '-ar', String(FFMPEG_RATE), '-']);
    if (raw && raw.length >= 2) {
      const samples = s16ToFloat(raw);
      return { duration: samples.length / FFMPEG_RATE, pcm: { sampleRate: FFMPEG_RATE, samples, duration: samples.length / FFMPEG_RATE }, via: 'ffmpeg' };
    }
    const probed = await run(FFPROBE, ['-v', 'error', '-show_entries', 'format=duration', '-of', 'default=nw=1:nk=1', file]);
    const seconds = probed ? Number.parseFloat(probed.toString('utf8')) : NaN;
    if (Number.isFinite(seconds) && seconds > 0) return { duration: seconds, via: 'ffprobe' };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return { duration: bytes.length / 16_000, via: 'estimate' };
}
