import { estimateTranscription, isPriceUnknown, type PriceOverrides } from '../../../../shared/pricing';
import type { IntakeFile } from '../../stores/transcription/intake';

/** A file's pre-flight cost: micro-dollars, 'unknown-length', 'unknown-price', or 'reading' while its length loads. */
export type FileEstimate = number | 'reading' | 'unknown-length' | 'unknown-price';

export function fileEstimate(model: string | null, file: IntakeFile, overrides: PriceOverrides): FileEstimate {
  if (file.durationMs === undefined) return 'reading';
  if (file.durationMs === null) return 'unknown-length';
  if (!model) return 'unknown-price';
  const micros = estimateTranscription(model, file.durationMs / 1000, overrides);
  return isPriceUnknown(micros) ? 'unknown-price' : micros;
}

export interface IntakeTotals {
  durationMs: number;
  micros: number;
  unknownLength: number;
  unknownPrice: boolean;
  reading: boolean;
}

export function intakeTotals(model: string | null, files: readonly IntakeFile[], overrides: PriceOverrides): IntakeTotals {
  const t: IntakeTotals = { durationMs: 0, micros: 0, unknownLength: 0, unknownPrice: false, reading: false };
  for (const f of files) {
    const e = fileEstimate(model, f, overrides);
    if (typeof f.durationMs === 'number') t.durationMs += f.durationMs;
    if (e === 'reading') t.reading = true;
    else if (e === 'unknown-length') t.unknownLength++;
    else if (e === 'unknown-price') t.unknownPrice = true;
    else t.micros += e;
  }
  return t;
}
