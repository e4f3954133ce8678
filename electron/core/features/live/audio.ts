/** PCM16 mono 24 kHz: the one audio format of live meetings (what the Realtime API takes). */
export const SAMPLE_RATE = 24_000;
export const BYTES_PER_MS = (SAMPLE_RATE * 2) / 1000;

export const bytesToMs = (bytes: number) => bytes / BYTES_PER_MS;
/** Byte offset of a time, on a sample boundary. */
export const msToBytes = (ms: number) => Math.max(0, Math.round((ms * SAMPLE_RATE) / 1000)) * 2;

/** RMS (0..1) of PCM16 samples. */
export function rms(pcm: Buffer): number {
  const n = Math.floor(pcm.length / 2);
  if (n === 0) return 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const s = pcm.readInt16LE(i * 2) / 32768;
    sum += s * s;
  }
  return Math.sqrt(sum / n);
}

/** Under this RMS a 20 ms frame is silence (about −46 dBFS): nothing there for a model to transcribe. */
export const SILENCE_RMS = 0.005;
const FRAME_MS = 20;

/** The sounding part of a stretch, trimmed of silent edges; null when it is all silence. */
export function soundingPart(pcm: Buffer, startMs: number): { startMs: number; endMs: number } | null {
  const frame = msToBytes(FRAME_MS);
  let first = -1;
  let last = -1;
  for (let at = 0, i = 0; at < pcm.length; at += frame, i++) {
    if (rms(pcm.subarray(at, at + frame)) >= SILENCE_RMS) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return null;
  return { startMs: startMs + first * FRAME_MS, endMs: Math.min(startMs + bytesToMs(pcm.length), startMs + (last + 1) * FRAME_MS) };
}

/** A 44-byte WAV header for PCM16 mono at SAMPLE_RATE. */
export function wavHeader(dataBytes: number): Buffer {
  const h = Buffer.alloc(44);
  h.write('RIFF', 0);
  h.writeUInt32LE(36 + dataBytes, 4);
  h.write('WAVE', 8);
  h.write('fmt ', 12);
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(1, 22);
  h.writeUInt32LE(SAMPLE_RATE, 24);
  h.writeUInt32LE(SAMPLE_RATE * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36);
  h.writeUInt32LE(dataBytes, 40);
  return h;
}
