/** Exact WAV (RIFF) parsing to mono float samples, and writing 16-bit mono WAV files. */

export interface Pcm {
  sampleRate: number;
  /** Mono, -1..1. */
  samples: Float32Array;
  duration: number;
}

interface Fmt {
  format: number;
  channels: number;
  sampleRate: number;
  blockAlign: number;
  bits: number;
}

const PCM = 1;
const FLOAT = 3;
const EXTENSIBLE = 0xfffe;

function readFmt(buf: Buffer, at: number, size: number): Fmt | null {
  if (size < 16) return null;
  let format = buf.readUInt16LE(at);
  if (format === EXTENSIBLE && size >= 26) format = buf.readUInt16LE(at + 24);
  return {
    format,
    channels: buf.readUInt16LE(at + 2),
    sampleRate: buf.readUInt32LE(at + 4),
    blockAlign: buf.readUInt16LE(at + 12),
    bits: buf.readUInt16LE(at + 14),
  };
}

function sampleReader(buf: Buffer, fmt: Fmt): ((offset: number) => number) | null {
  if (fmt.format === PCM) {
    if (fmt.bits === 8) return (o) => (buf.readUInt8(o) - 128) / 128;
    if (fmt.bits === 16) return (o) => buf.readInt16LE(o) / 32768;
    if (fmt.bits === 24) return (o) => buf.readIntLE(o, 3) / 8388608;
    if (fmt.bits === 32) return (o) => buf.readInt32LE(o) / 2147483648;
  }
  if (fmt.format === FLOAT) {
    if (fmt.bits === 32) return (o) => buf.readFloatLE(o);
    if (fmt.bits === 64) return (o) => buf.readDoubleLE(o);
  }
  return null;
}

/** Walks the RIFF chunks; null when this is not a WAV we can decode. */
export function parseWav(buf: Buffer): Pcm | null {
  if (buf.length < 12 || buf.toString('ascii', 0, 4) !== 'RIFF' || buf.toString('ascii', 8, 12) !== 'WAVE') return null;
  let fmt: Fmt | null = null;
  let pos = 12;
  while (pos + 8 <= buf.length) {
    const id = buf.toString('ascii', pos, pos + 4);
    const declared = buf.readUInt32LE(pos + 4);
    const body = pos + 8;
    const size = Math.min(declared, buf.length - body);
    if (id === 'fmt ') fmt = readFmt(buf, body, size);
    if (id === 'data') {
      if (!fmt || fmt.channels < 1 || fmt.sampleRate < 1 || fmt.blockAlign < 1) return null;
      const read = sampleReader(buf, fmt);
      if (!read) return null;
      const bytesPerSample = fmt.bits / 8;
      const frames = Math.floor(size / fmt.blockAlign);
      const samples = new Float32Array(frames);
      for (let f = 0; f < frames; f++) {
        let sum = 0;
        const base = body + f * fmt.blockAlign;
        for (let c = 0; c < fmt.channels; c++) sum += read(base + c * bytesPerSample);
        samples[f] = sum / fmt.channels;
      }
      return { sampleRate: fmt.sampleRate, samples, duration: frames / fmt.sampleRate };
    }
    pos = body + declared + (declared % 2);
  }
  return null;
}

/** 16-bit mono PCM WAV from float samples. */
export function writeWav(samples: Float32Array, sampleRate: number): Buffer {
  const data = samples.length * 2;
  const buf = Buffer.alloc(44 + data);
  buf.write('RIFF', 0, 'ascii');
  buf.writeUInt32LE(36 + data, 4);
  buf.write('WAVE', 8, 'ascii');
  buf.write('fmt ', 12, 'ascii');
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(PCM, 20);
  buf.writeUInt16LE(1, 22);
  buf.writeUInt32LE(sampleRate, 24);
  buf.writeUInt32LE(sampleRate * 2, 28);
  buf.writeUInt16LE(2, 32);
  buf.writeUInt16LE(16, 34);
  buf.write('data', 36, 'ascii');
  buf.writeUInt32LE(data, 40);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i] ?? 0));
    buf.writeInt16LE(Math.round(s * 32767), 44 + i * 2);
  }
  return buf;
}
