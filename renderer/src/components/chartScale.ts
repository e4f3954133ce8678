/** Round axis ticks for charts, at any scale (a total of $0.00004 as well as 40 million tokens). */

export interface AxisScale {
  /** The axis maximum: a whole number of steps, at or above the data's maximum. */
  max: number;
  /** The distance between ticks: 1, 2, 2.5 or 5 × a power of ten. */
  step: number;
  /** 0, step, 2·step … max. */
  ticks: number[];
  /** Decimals that write every tick exactly, so no two labels read the same ("$0.00002", not "$0.0000"). */
  decimals: number;
}

const MULTIPLES = [1, 2, 2.5, 5, 10];

/** Decimals needed to write `step` (and so every multiple of it) exactly. */
function decimalsFor(step: number): number {
  for (let d = 0; d < 20; d++) {
    const scaled = step * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, scaled)) return d;
  }
  return 20;
}

/** A round axis for values from 0 to `max`, with about `ticks` intervals. */
export function niceScale(max: number, ticks = 4): AxisScale {
  const top = Number.isFinite(max) && max > 0 ? max : 1;
  const raw = top / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  // Rounded so that 3 × 1e-5 is 0.00003 and not 0.000030000000000000004.
  const step = Number(((MULTIPLES.find((m) => m * power >= raw * (1 - 1e-12)) ?? 10) * power).toPrecision(12));
  const count = Math.max(1, Math.ceil(top / step - 1e-9));
  const ticksList = Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { max: ticksList[count]!, step, ticks: ticksList, decimals: decimalsFor(step) };
}
