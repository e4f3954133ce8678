/**
 * The mask brush's pixel rules. The user paints the area to change; the API wants the opposite
 * encoding: a PNG whose transparent pixels mark the area to edit, opaque everywhere else.
 */

/** API mask pixels from painted pixels: painted (alpha > 0) → transparent, unpainted → opaque black. */
export function maskFromPaint(paint: Uint8ClampedArray): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(paint.length);
  for (let i = 0; i < paint.length; i += 4) out[i + 3] = 255 - (paint[i + 3] ?? 0);
  return out;
}

/** Painted becomes unpainted and the other way round (keeps the paint colour). */
export function invertPaint(paint: Uint8ClampedArray, rgb: [number, number, number]): void {
  for (let i = 0; i < paint.length; i += 4) {
    paint[i] = rgb[0];
    paint[i + 1] = rgb[1];
    paint[i + 2] = rgb[2];
    paint[i + 3] = 255 - (paint[i + 3] ?? 0);
  }
}

/** Share of the image painted (0–1), to tell "nothing to edit" before sending. */
export function paintedShare(paint: Uint8ClampedArray): number {
  let n = 0;
  for (let i = 3; i < paint.length; i += 4) if ((paint[i] ?? 0) > 0) n++;
  return n / (paint.length / 4 || 1);
}

export const MIN_BRUSH = 4;
export const MAX_BRUSH = 400;
/** `[` and `]` change the brush by this factor. */
export const BRUSH_STEP = 1.25;

export const clampBrush = (size: number) => Math.round(Math.min(MAX_BRUSH, Math.max(MIN_BRUSH, size)));
