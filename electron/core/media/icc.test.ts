import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { isSrgbProfile, srgbToLinear } from './icc';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-icc-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** withIccProfile takes a built-in name or a file. */
function iccFile(name: string, icc: Buffer): string {
  const file = path.join(dir, `${name}.icc`);
  fs.writeFileSync(file, icc);
  return file;
}

/** The profile libvips embeds for one of its built-in names ('srgb', 'p3', 'cmyk'). */
async function builtIn(name: string): Promise<Buffer> {
  const img = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#808080' } }).withIccProfile(name).jpeg().toBuffer();
  return (await sharp(img).metadata()).icc!;
}

const tagOf = (icc: Buffer, sig: string): Buffer => {
  for (let i = 0; i < icc.readUInt32BE(128); i++) {
    const at = 132 + i * 12;
    if (icc.toString('latin1', at, at + 4) === sig) return icc.subarray(icc.readUInt32BE(at + 4), icc.readUInt32BE(at + 4) + icc.readUInt32BE(at + 8));
  }
  throw new Error(`no ${sig}`);
};

/** A profile with the header and descriptive tags of `base` and the tags given (data shared between equal buffers). */
function profile(base: Buffer, tags: Record<string, Buffer>): Buffer {
  const all = { desc: tagOf(base, 'desc'), cprt: tagOf(base, 'cprt'), wtpt: tagOf(base, 'wtpt'), ...tags };
  const names = Object.keys(all);
  const table = Buffer.alloc(4 + names.length * 12);
  table.writeUInt32BE(names.length);
  const chunks: Buffer[] = [];
  const placed = new Map<Buffer, number>();
  let offset = 128 + table.length;
  names.forEach((name, i) => {
    const data = all[name as keyof typeof all]!;
    if (!placed.has(data)) {
      placed.set(data, offset);
      const padded = Buffer.alloc(Math.ceil(data.length / 4) * 4);
      data.copy(padded);
      chunks.push(padded);
      offset += padded.length;
    }
    table.write(name, 4 + i * 12, 'latin1');
    table.writeUInt32BE(placed.get(data)!, 8 + i * 12);
    table.writeUInt32BE(data.length, 12 + i * 12);
  });
  const header = Buffer.from(base.subarray(0, 128));
  header.writeUInt32BE(offset, 0);
  header.fill(0, 84, 100); // no profile ID (an MD5 of the rest)
  return Buffer.concat([header, table, ...chunks]);
}

const xyz = (x: number, y: number, z: number) => {
  const b = Buffer.alloc(20);
  b.write('XYZ ', 0, 'latin1');
  [x, y, z].forEach((v, k) => b.writeInt32BE(Math.round(v * 65536), 8 + 4 * k));
  return b;
};
const curv = (values: number[]) => {
  const b = Buffer.alloc(12 + 2 * values.length);
  b.write('curv', 0, 'latin1');
  b.writeUInt32BE(values.length, 8);
  values.forEach((v, i) => b.writeUInt16BE(Math.round(v * 65535), 12 + 2 * i));
  return b;
};
/** sRGB's curve sampled as a 1024-entry table, the way HP's "sRGB IEC61966-2.1" (on most cameras and PCs) stores it. */
const srgbTable = curv(Array.from({ length: 1024 }, (_, i) => srgbToLinear(i / 1023)));
const gamma22 = (() => {
  const b = curv([]);
  const g = Buffer.alloc(14);
  b.copy(g);
  g.writeUInt32BE(1, 8);
  g.writeUInt16BE(Math.round(2.2 * 256), 12);
  return g;
})();
const SRGB = { rXYZ: xyz(0.4361, 0.2225, 0.0139), gXYZ: xyz(0.3851, 0.7169, 0.0971), bXYZ: xyz(0.1431, 0.0606, 0.7141) };

describe('isSrgbProfile', () => {
  it('knows sRGB by its primaries and tone curve, whoever wrote the profile', async () => {
    const lcms = await builtIn('srgb');
    expect(isSrgbProfile(lcms)).toBe(true);
    const hp = profile(lcms, { ...SRGB, rTRC: srgbTable, gTRC: srgbTable, bTRC: srgbTable });
    expect(isSrgbProfile(hp)).toBe(true);
  });

  it('anything else is not sRGB: other primaries, another curve, lookup tables, other colour spaces, damage', async () => {
    const lcms = await builtIn('srgb');
    expect(isSrgbProfile(await builtIn('p3'))).toBe(false); // iPhone photos: same curve, wider primaries
    expect(isSrgbProfile(await builtIn('cmyk'))).toBe(false);
    const trc = { rTRC: srgbTable, gTRC: srgbTable, bTRC: srgbTable };
    expect(isSrgbProfile(profile(lcms, { ...SRGB, rTRC: gamma22, gTRC: gamma22, bTRC: gamma22 }))).toBe(false);
    // Adobe RGB (1998)'s green, everything else sRGB's.
    expect(isSrgbProfile(profile(lcms, { ...SRGB, gXYZ: xyz(0.2052, 0.6256, 0.0609), ...trc }))).toBe(false);
    expect(isSrgbProfile(profile(lcms, { ...SRGB, ...trc, A2B0: Buffer.from(tagOf(await builtIn('cmyk'), 'A2B0')) }))).toBe(false);
    const { bXYZ: _, ...noBlue } = SRGB;
    expect(isSrgbProfile(profile(lcms, { ...noBlue, ...trc }))).toBe(false);
    // A curve a little off sRGB's (more than half a step of 255 somewhere).
    expect(isSrgbProfile(profile(lcms, { ...SRGB, ...trc, gTRC: curv(Array.from({ length: 1024 }, (_, i) => srgbToLinear(i / 1023) ** 1.02)) }))).toBe(false);
    const cut = Buffer.from(lcms.subarray(0, 300));
    expect([isSrgbProfile(undefined), isSrgbProfile(Buffer.alloc(0)), isSrgbProfile(cut), isSrgbProfile(Buffer.alloc(600, 0xff))]).toEqual([false, false, false, false]);
  });

  it('converting an image tagged with such a profile to sRGB changes no pixel by more than rounding', async () => {
    const lcms = await builtIn('srgb');
    const hp = profile(lcms, { ...SRGB, rTRC: srgbTable, gTRC: srgbTable, bTRC: srgbTable });
    const px = Buffer.from(Array.from({ length: 64 * 64 * 3 }, (_, i) => (i * 7919) % 256));
    // Built the same way with Display P3's primaries, a profile is applied and does change pixels: the comparison can fail.
    const p3 = profile(lcms, { rXYZ: xyz(0.5151, 0.2412, 0), gXYZ: xyz(0.292, 0.6922, 0.0418), bXYZ: xyz(0.1571, 0.0666, 0.7831), rTRC: srgbTable, gTRC: srgbTable, bTRC: srgbTable });
    const file = await sharp(px, { raw: { width: 64, height: 64, channels: 3 } }).png().toBuffer();
    /** The largest change converting to sRGB makes to an image tagged with `icc`, and whether tagging it (sharp converts from sRGB as it tags) left the pixels alone. */
    const largestChange = async (name: string, icc: Buffer) => {
      const tagged = await sharp(file).withIccProfile(iccFile(name, icc)).png().toBuffer();
      expect((await sharp(tagged).metadata()).icc?.equals(icc), name).toBe(true);
      const [converted, kept] = await Promise.all([sharp(tagged).raw().toBuffer(), sharp(tagged, { ignoreIcc: true }).raw().toBuffer()]);
      return [Math.max(...converted.map((v, i) => Math.abs(v - kept[i]!))), kept.equals(px)];
    };
    expect(await largestChange('lcms', lcms)).toEqual([0, true]);
    const [hpChange, hpKept] = await largestChange('hp', hp);
    expect(hpChange).toBeLessThanOrEqual(1);
    expect(hpKept).toBe(true);
    expect(isSrgbProfile(p3)).toBe(false);
    expect((await largestChange('p3', p3))[0]).toBeGreaterThan(20);
  });
});
