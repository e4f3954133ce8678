/**
 * Whether an embedded ICC colour profile describes sRGB itself. Converting such an image "to sRGB" is the
 * identity (libvips/lcms gave the same pixels, bit for bit, on a 12-megapixel phone photo), yet it costs
 * a colour transform of every decoded pixel — a fifth of a phone photo's preparation. Only a matrix/TRC
 * RGB display profile with sRGB's primaries and sRGB's tone curve counts; anything else (Display P3,
 * Adobe RGB, a pure gamma curve, a LUT-based or damaged profile) is not sRGB and is still converted.
 */

/** sRGB's primaries as ICC profiles carry them (adapted to D50), X Y Z each. */
const SRGB_COLORANTS: Record<string, readonly [number, number, number]> = {
  rXYZ: [0.4361, 0.2225, 0.0139],
  gXYZ: [0.3851, 0.7169, 0.0971],
  bXYZ: [0.1431, 0.0606, 0.7141],
};
/** Profiles round these to 16-bit fractions and adapt them slightly differently (lcms, HP, Apple…); Display P3 is 0.08 away. */
const COLORANT_TOLERANCE = 0.002;
/** Largest difference from sRGB's curve (0–1 scale) a tone curve may have: about half a step of 255. */
const CURVE_TOLERANCE = 0.002;
/** Tags that make lcms use a lookup table instead of the primaries and curves checked here. */
const LUT_TAGS = ['A2B0', 'A2B1', 'A2B2', 'B2A0', 'B2A1', 'B2A2', 'D2B0', 'D2B1', 'D2B2', 'D2B3'];

/** sRGB's decoding curve (IEC 61966-2-1): encoded value 0–1 to linear light 0–1. */
export const srgbToLinear = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);

interface Tag {
  offset: number;
  size: number;
}

function tagTable(icc: Buffer): Map<string, Tag> | null {
  if (icc.length < 132) return null;
  const count = icc.readUInt32BE(128);
  if (count > 200 || 132 + count * 12 > icc.length) return null;
  const tags = new Map<string, Tag>();
  for (let i = 0; i < count; i++) {
    const at = 132 + i * 12;
    const tag = { offset: icc.readUInt32BE(at + 4), size: icc.readUInt32BE(at + 8) };
    if (tag.size < 8 || tag.offset + tag.size > icc.length) return null;
    tags.set(icc.toString('latin1', at, at + 4), tag);
  }
  return tags;
}

const s15Fixed16 = (icc: Buffer, at: number) => icc.readInt32BE(at) / 65536;

function colorantIsSrgb(icc: Buffer, tag: Tag | undefined, want: readonly [number, number, number]): boolean {
  if (!tag || tag.size < 20 || icc.toString('latin1', tag.offset, tag.offset + 4) !== 'XYZ ') return false;
  return want.every((w, k) => Math.abs(s15Fixed16(icc, tag.offset + 8 + 4 * k) - w) <= COLORANT_TOLERANCE);
}

/** The tone curve a TRC tag describes, as a function, or null for a kind that cannot be sRGB's. */
function toneCurve(icc: Buffer, tag: Tag | undefined): ((v: number) => number) | null {
  if (!tag) return null;
  const type = icc.toString('latin1', tag.offset, tag.offset + 4);
  if (type === 'curv') {
    const n = icc.readUInt32BE(tag.offset + 8);
    // 0 entries is the identity and 1 a pure gamma: neither is sRGB's curve.
    if (n < 2 || tag.size < 12 + 2 * n) return null;
    return (v) => {
      const x = v * (n - 1);
      const i = Math.min(n - 2, Math.floor(x));
      const a = icc.readUInt16BE(tag.offset + 12 + 2 * i) / 65535;
      const b = icc.readUInt16BE(tag.offset + 14 + 2 * i) / 65535;
      return a + (b - a) * (x - i);
    };
  }
  if (type === 'para') {
    const fn = icc.readUInt16BE(tag.offset + 8);
    // Only functions 3 (sRGB's form) and 4 (with offsets) can be sRGB's curve.
    const params = fn === 3 ? 5 : fn === 4 ? 7 : 0;
    if (!params || tag.size < 12 + 4 * params) return null;
    const [g, a, b, c, d, e = 0, f = 0] = Array.from({ length: params }, (_, k) => s15Fixed16(icc, tag.offset + 12 + 4 * k));
    return (v) => (v >= d! ? (a! * v + b!) ** g! + e : c! * v + f);
  }
  return null;
}

function curveIsSrgb(curve: ((v: number) => number) | null): boolean {
  if (!curve) return false;
  for (let i = 0; i <= 255; i++) {
    const v = i / 255;
    if (!(Math.abs(curve(v) - srgbToLinear(v)) <= CURVE_TOLERANCE)) return false;
  }
  return true;
}

/** True when `icc` is an RGB display profile with sRGB's primaries and tone curve (see above). */
export function isSrgbProfile(icc: Buffer | undefined): boolean {
  if (!icc || icc.length < 132) return false;
  const header = (from: number) => icc.toString('latin1', from, from + 4);
  if (header(12) !== 'mntr' || header(16) !== 'RGB ' || header(20) !== 'XYZ ') return false;
  const tags = tagTable(icc);
  if (!tags || LUT_TAGS.some((t) => tags.has(t))) return false;
  if (!Object.entries(SRGB_COLORANTS).every(([name, want]) => colorantIsSrgb(icc, tags.get(name), want))) return false;
  return ['rTRC', 'gTRC', 'bTRC'].every((name) => curveIsSrgb(toneCurve(icc, tags.get(name))));
}
