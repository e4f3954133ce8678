import { describe, expect, it } from 'vitest';
import { billableSeconds, estimateTranscription } from '../pricing';

describe('estimateTranscription', () => {
  it.each([
    ['whisper-1', 60, 6000],
    ['whisper-1', 3600, 360_000],
    ['whisper-1', 1, 100],
    ['whisper-1', 0.4, 100],
    ['whisper-1', 59.9, 6000],
    ['whisper-1', 0, 0],
    ['gpt-4o-transcribe', 60, 6000],
    ['gpt-4o-mini-transcribe', 60, 3000],
    ['gpt-4o-mini-transcribe', 1, 50],
    ['gpt-4o-transcribe-diarize', 125, 12_500],
  ])('%s for %ss → %i µ$', (model, seconds, micros) => {
    expect(estimateTranscription(model, seconds)).toBe(micros);
  });
  it('rounds the duration up to whole seconds, ignoring float noise', () => {
    expect(billableSeconds(12.0000000001)).toBe(12);
    expect(billableSeconds(12.001)).toBe(13);
    expect(billableSeconds(-3)).toBe(0);
    expect(billableSeconds(Number.NaN)).toBe(0);
  });
  it('honours per-minute overrides', () => {
    expect(estimateTranscription('whisper-1', 60, { 'whisper-1': { perMinute: 0.01 } })).toBe(10_000);
  });
  it('price unknown for unknown models and models without a per-minute price', () => {
    expect(estimateTranscription('whisper-2', 60)).toEqual({ known: false, model: 'whisper-2', reason: 'unknown_model' });
    expect(estimateTranscription('gpt-4o', 60)).toMatchObject({ known: false, reason: 'missing_price', missing: 'perMinute' });
  });
});
