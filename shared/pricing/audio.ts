/**
 * Per-minute audio pricing (transcription). OpenAI lists these models per minute; we prorate by the
 * second, rounding the duration up to a whole second: an estimate never undershoots and overshoots by
 * at most one second's worth ($0.0001 at $0.006/min).
 */
import { lookupModel, priceUnknown } from './lookup';
import { toMicros } from './money';
import type { Micros, PriceOverrides, PriceUnknown } from './types';

/** Seconds billed for a duration: rounded up to a whole second (after trimming float noise below 1 ms). */
export function billableSeconds(seconds: number): number {
  if (!Number.isFinite(seconds) || seconds <= 0) return 0;
  return Math.ceil(Math.round(seconds * 1000) / 1000);
}

/** Cost of `seconds` of audio at `perMinute` USD / minute, in whole micro-dollars (half up). */
export function durationToMicros(seconds: number, perMinute: number): Micros {
  return Math.round((billableSeconds(seconds) * toMicros(perMinute)) / 60);
}

/**
 * Estimated cost of transcribing `seconds` of audio with `model`, in micro-dollars
 * (whisper-1: 60 s → 6000 µ$ = $0.006). Price unknown when the model has no per-minute price.
 */
export function estimateTranscription(model: string, seconds: number, overrides?: PriceOverrides): Micros | PriceUnknown {
  const resolved = lookupModel(model, overrides);
  if (!resolved) return priceUnknown(model, 'unknown_model');
  const perMinute = resolved.info.prices.perMinute;
  if (perMinute === undefined) return priceUnknown(model, 'missing_price', 'perMinute');
  return durationToMicros(seconds, perMinute);
}
