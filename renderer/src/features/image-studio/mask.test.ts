import { describe, expect, it } from 'vitest';
import { clampBrush, invertPaint, maskFromPaint, paintedShare } from './mask';

describe('mask brush pixels', () => {
  const paint = new Uint8ClampedArray([255, 0, 0, 255, 0, 0, 0, 0]);
  it('painted pixels become transparent in the API mask, the rest opaque', () => {
    expect([...maskFromPaint(paint)]).toEqual([0, 0, 0, 0, 0, 0, 0, 255]);
  });
  it('invert swaps painted and unpainted', () => {
    const p = new Uint8ClampedArray(paint);
    invertPaint(p, [255, 0, 0]);
    expect([...p]).toEqual([255, 0, 0, 0, 255, 0, 0, 255]);
    expect(paintedShare(p)).toBe(0.5);
  });
  it('keeps the brush in range', () => {
    expect(clampBrush(1)).toBe(4);
    expect(clampBrush(1000)).toBe(400);
  });
});
