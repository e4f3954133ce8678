import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AppFailure } from '../../../shared/errors';

const require = createRequire(import.meta.url);

/** The ffmpeg and ffprobe that npm installed with the app (no system ffmpeg needed); env overrides for packagers. */
export function ffmpegPaths(env: NodeJS.ProcessEnv = process.env): { ffmpeg: string; ffprobe: string } {
  // Packaged apps keep binaries outside the asar archive (electron-builder.yml asarUnpack).
  const unpacked = (p: string) => p.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
  return {
    ffmpeg: env.ATELIER_FFMPEG ?? unpacked((require('@ffmpeg-installer/ffmpeg') as { path: string }).path),
    ffprobe: env.ATELIER_FFPROBE ?? unpacked((require('@ffprobe-installer/ffprobe') as { path: string }).path),
  };
}

export interface RunResult {
  stdout: string;
  stderr: string;
}

/** Runs a tool to completion; kills it when the signal aborts or the time limit passes. */
export function runTool(bin: string, args: string[], opts: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-64_000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 600_000);
    const onAbort = () => child.kill('SIGKILL');
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', (e) => reject(new AppFailure('internal', `Could not run ${bin}: ${e.message}`)));
    child.on('close', (code) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      if (opts.signal?.aborted) return reject(new AppFailure('cancelled'));
      if (code === 0) resolve({ stdout, stderr });
      else reject(Object.assign(new Error(stderr.trim().split('\n').slice(-3).join(' ') || `exit ${code}`), { code }));
    });
  });
}

export interface Probe {
  durationMs: number;
  hasAudio: boolean;
  hasVideo: boolean;
  format: string;
}

/** What a file holds, or a clear error for files that are not audio, are empty, or are damaged. */
export async function probe(file: string, name = file): Promise<Probe> {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) throw new AppFailure('invalid_input', `"${name}" is empty.`, { reason: 'empty_file', file: name });
  let out: RunResult;
  try {
    out = await runTool(ffmpegPaths().ffprobe, ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file], { timeoutMs: 60_000 });
  } catch {
    throw new AppFailure('unsupported_format', `"${name}" is not a recording Atelier can read (it may be damaged, truncated, or not audio).`, { reason: 'not_audio', file: name });
  }
  const info = JSON.parse(out.stdout || '{}') as { format?: { duration?: string; format_name?: string }; streams?: { codec_type?: string; duration?: string }[] };
  const streams = info.streams ?? [];
  const hasAudio = streams.some((s) => s.codec_type === 'audio');
  if (!hasAudio) throw new AppFailure('unsupported_format', `"${name}" has no audio track.`, { reason: 'no_audio_track', file: name });
  const seconds = Number(info.format?.duration ?? streams.find((s) => s.codec_type === 'audio')?.duration);
  if (!(seconds > 0)) throw new AppFailure('unsupported_format', `"${name}" has no playable audio (its length is unknown or zero).`, { reason: 'no_audio_length', file: name });
  return { durationMs: Math.round(seconds * 1000), hasAudio, hasVideo: streams.some((s) => s.codec_type === 'video'), format: info.format?.format_name ?? 'unknown' };
}

export interface SilenceOptions {
  thresholdDb?: number;
  minSilenceMs?: number;
  signal?: AbortSignal;
}

const silenceFilter = (o: SilenceOptions) => `silencedetect=n=${o.thresholdDb ?? -35}dB:d=${(o.minSilenceMs ?? 400) / 1000}`;

/** Decodes to 16 kHz mono WAV and finds silences in the same pass (one read of a long recording, not two). */
export async function decodeWithSilences(input: string, output: string, opts: SilenceOptions = {}): Promise<{ startMs: number; endMs: number }[]> {
  try {
    const { stderr } = await runTool(
      ffmpegPaths().ffmpeg,
      ['-nostdin', '-hide_banner', '-y', '-i', input, '-vn', '-af', `aformat=sample_fmts=s16:sample_rates=16000:channel_layouts=mono,${silenceFilter(opts)}`, '-c:a', 'pcm_s16le', output],
      { signal: opts.signal },
    );
    return parseSilences(stderr);
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    throw new AppFailure('unsupported_format', `The recording could not be decoded: ${(error as Error).message}`);
  }
}

function parseSilences(stderr: string): { startMs: number; endMs: number }[] {
  const out: { startMs: number; endMs: number }[] = [];
  let start: number | null = null;
  for (const line of stderr.split('\n')) {
    const s = /silence_start: (-?[\d.]+)/.exec(line);
    const e = /silence_end: ([\d.]+)/.exec(line);
    if (s) start = Math.max(0, Number(s[1]) * 1000);
    if (e && start !== null) {
      out.push({ startMs: Math.round(start), endMs: Math.round(Number(e[1]) * 1000) });
      start = null;
    }
  }
  return out;
}

/**
 * One chunk as compact speech audio: mono AAC at 24 kbit/s in .m4a (about 11 MB an hour; an upload
 * format the API accepts). ffmpeg's AAC encoder is about three times faster than LAME here.
 */
export async function encodeChunk(wav: string, startMs: number, endMs: number, output: string, signal?: AbortSignal): Promise<void> {
  await runTool(
    ffmpegPaths().ffmpeg,
    ['-nostdin', '-hide_banner', '-loglevel', 'error', '-y', '-ss', (startMs / 1000).toFixed(3), '-t', ((endMs - startMs) / 1000).toFixed(3), '-i', wav, '-c:a', 'aac', '-b:a', '24k', '-movflags', '+faststart', output],
    { signal },
  );
}
