import { describe, expect, it } from 'vitest';
import { imageInstance } from './chat/vision-schema';

const receipt = {
  type: 'object',
  additionalProperties: false,
  required: ['vendor', 'total', 'date', 'category', 'paid'],
  properties: {
    vendor: { type: ['string', 'null'], description: 'Shop name' },
    total: { type: ['number', 'null'], description: 'Amount paid' },
    date: { type: ['string', 'null'], description: 'Receipt date (YYYY-MM-DD)' },
    category: { type: ['string', 'null'], enum: ['meals', 'travel', null] },
    paid: { type: ['boolean', 'null'] },
  },
};

describe('structured answers about images', () => {
  const images = Array.from({ length: 40 }, (_, i) => ({ width: 1024, height: 768, detail: 'high' as const, seed: 1000 + i * 7919 }));
  const rows = images.map((image) => imageInstance(receipt, image) as Record<string, unknown>);

  it('fills each field with a value that fits its name, type and allowed values', () => {
    for (const r of rows) {
      if (r.vendor !== null) expect(r.vendor).toMatch(/^[\p{L} ]+$/u);
      if (r.total !== null) expect(typeof r.total).toBe('number');
      if (r.date !== null) expect(r.date).toMatch(/^2026-\d\d-\d\d$/);
      if (r.category !== null) expect(['meals', 'travel']).toContain(r.category);
      if (r.paid !== null) expect(typeof r.paid).toBe('boolean');
    }
    expect(rows.filter((r) => r.vendor !== null && r.vendor !== '').length).toBeGreaterThan(25);
    expect(new Set(rows.map((r) => r.vendor)).size).toBeGreaterThan(3);
  });

  it('leaves some fields unread (null), never an empty string, and the same image always reads the same', () => {
    expect(rows.some((r) => Object.values(r).includes(null))).toBe(true);
    expect(rows.some((r) => Object.values(r).includes(''))).toBe(false);
    expect(imageInstance(receipt, images[3]!)).toEqual(rows[3]);
  });

  it('reads nothing from an image too small to read', () => {
    expect(imageInstance(receipt, { width: 40, height: 30, detail: 'low', seed: 5 })).toEqual({ vendor: null, total: null, date: null, category: null, paid: null });
  });
});
