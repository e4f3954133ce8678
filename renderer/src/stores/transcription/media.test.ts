import { describe, expect, it } from 'vitest';
import { looksLikeRecording } from './media';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('looksLikeRecording', () => {
  it('knows the containers meetings are recorded in', () => {
    expect(looksLikeRecording(bytes('RIFF', [0, 0, 0, 0], 'WAVE'))).toBe(true);
    expect(looksLikeRecording(bytes('ID3', [4, 0, 0]))).toBe(true);
    expect(looksLikeRecording(bytes([0xff, 0xfb, 0x90, 0x64]))).toBe(true); // MP3 frame
    expect(looksLikeRecording(bytes([0xff, 0xf1, 0x50, 0x80]))).toBe(true); // ADTS AAC
    expect(looksLikeRecording(bytes([0, 0, 0, 0x20], 'ftypM4A '))).toBe(true);
    expect(looksLikeRecording(bytes([0x1a, 0x45, 0xdf, 0xa3]))).toBe(true);
    expect(looksLikeRecording(bytes('OggS', [0]))).toBe(true);
    expect(looksLikeRecording(bytes('fLaC', [0]))).toBe(true);
  });

  it('does not take a renamed text file, a PDF, an image or noise for a recording', () => {
    expect(looksLikeRecording(bytes('Agenda: budget, hiring, launch date.\n'))).toBe(false);
    expect(looksLikeRecording(bytes('%PDF-1.4 not audio'))).toBe(false);
    expect(looksLikeRecording(bytes([0x89], 'PNG\r\n'))).toBe(false);
    expect(looksLikeRecording(new Uint8Array(4000).fill(3))).toBe(false);
    expect(looksLikeRecording(bytes('ab'))).toBe(false);
  });
});
