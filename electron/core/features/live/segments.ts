/**
 * The recording of a live meeting, written as it arrives: raw PCM16 in numbered segment files under
 * live/<id>/. Every frame is written at once (a killed process loses nothing the OS already has) and the
 * open segment is synced at least once a second (a power cut loses about a second). Segments of
 * SEGMENT_MS keep each file small, so a damaged one costs little.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bytesToMs, msToBytes, wavHeader } from './audio';

const SEGMENT_MS = 30_000;
const SYNC_EVERY_MS = 1000;
const SEGMENT_BYTES = msToBytes(SEGMENT_MS);
const segmentName = (i: number) => `seg-${String(i).padStart(6, '0')}.pcm`;

/** Segment files of a session folder, in order. */
function segmentFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => /^seg-\d{6}\.pcm$/.test(f)).sort().map((f) => path.join(dir, f));
}

export class SegmentWriter {
  private fd: number | null = null;
  private index: number;
  private inSegment: number;
  private lastSync = Date.now();
  /** Bytes written so far (the recording's length). */
  bytes: number;

  constructor(readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true });
    const files = segmentFiles(dir);
    // Whole samples only: a torn write at a crash may leave an odd byte.
    this.bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
    this.bytes -= this.bytes % 2;
    this.index = Math.max(0, files.length - 1);
    this.inSegment = files.length ? fs.statSync(files[files.length - 1]!).size : 0;
    if (this.inSegment % 2 === 1) {
      fs.truncateSync(files[files.length - 1]!, this.inSegment - 1);
      this.inSegment -= 1;
    }
  }

  get durationMs(): number {
    return bytesToMs(this.bytes);
  }

  write(pcm: Buffer): void {
    let rest = pcm;
    while (rest.length > 0) {
      if (this.inSegment >= SEGMENT_BYTES) this.rotate();
      this.fd ??= fs.openSync(path.join(this.dir, segmentName(this.index)), 'a');
      const part = rest.subarray(0, SEGMENT_BYTES - this.inSegment);
      fs.writeSync(this.fd, part);
      this.inSegment += part.length;
      this.bytes += part.length;
      rest = rest.subarray(part.length);
    }
    if (Date.now() - this.lastSync >= SYNC_EVERY_MS) this.sync();
  }

  sync(): void {
    if (this.fd !== null) fs.fdatasyncSync(this.fd);
    this.lastSync = Date.now();
  }

  private rotate(): void {
    this.close();
    this.index += 1;
    this.inSegment = 0;
  }

  close(): void {
    if (this.fd === null) return;
    fs.fdatasyncSync(this.fd);
    fs.closeSync(this.fd);
    this.fd = null;
  }
}

/** Reads [startMs, endMs) of a session's recording from its segments. */
export function readRange(dir: string, startMs: number, endMs: number): Buffer {
  const from = msToBytes(startMs);
  const to = msToBytes(endMs);
  const parts: Buffer[] = [];
  let offset = 0;
  for (const file of segmentFiles(dir)) {
    const size = fs.statSync(file).size;
    const a = Math.max(from, offset);
    const b = Math.min(to, offset + size);
    if (b > a) {
      const buf = Buffer.alloc(b - a);
      const fd = fs.openSync(file, 'r');
      try {
        fs.readSync(fd, buf, 0, buf.length, a - offset);
      } finally {
        fs.closeSync(fd);
      }
      parts.push(buf);
    }
    offset += size;
    if (offset >= to) break;
  }
  return Buffer.concat(parts);
}

/** Joins the segments into one WAV file; returns its length in ms. */
export function writeWav(dir: string, target: string): number {
  const files = segmentFiles(dir);
  let bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  bytes -= bytes % 2;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const out = fs.openSync(target, 'w');
  try {
    fs.writeSync(out, wavHeader(bytes));
    let left = bytes;
    for (const f of files) {
      const data = fs.readFileSync(f);
      const part = data.subarray(0, Math.min(data.length, left));
      fs.writeSync(out, part);
      left -= part.length;
    }
    fs.fdatasyncSync(out);
  } finally {
    fs.closeSync(out);
  }
  return bytesToMs(bytes);
}
