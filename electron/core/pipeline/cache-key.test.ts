import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cacheKey, canonicalJson, sha256 } from './cache-key';

describe('cache key', () => {
  it('is the same JSON whatever the key order, with undefined fields left out', () => {
    const a = { b: 1, a: [{ y: 'é"\n', x: null }, 'text', 2.5, true], c: undefined, d: { z: { q: [] }, e: {} } };
    const b = { d: { e: {}, z: { q: [] } }, a: [{ x: null, y: 'é"\n' }, 'text', 2.5, true], b: 1 };
    expect(canonicalJson(a)).toBe('{"a":[{"x":null,"y":"é\\"\\n"},"text",2.5,true],"b":1,"d":{"e":{},"z":{"q":[]}}}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
    expect(JSON.parse(canonicalJson(a))).toEqual(JSON.parse(JSON.stringify(a)));
  });

  it('writes array holes and undefined items as null, like JSON.stringify', () => {
    expect(canonicalJson([undefined, 1, '我们'])).toBe('[null,1,"我们"]');
    expect(canonicalJson('plain')).toBe('"plain"');
    expect(canonicalJson(null)).toBe('null');
  });

  it('writes what is in order already exactly as the key-by-key walk does (the fast path changes no key)', () => {
    // The walk canonicalJson did for every value before it took JSON.stringify for data already in order.
    const byKey = (v: unknown): string => {
      if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
      if (Array.isArray(v)) return `[${v.map(byKey).join(',')}]`;
      const o = v as Record<string, unknown>;
      return `{${Object.keys(o).sort().filter((k) => o[k] !== undefined).map((k) => `${JSON.stringify(k)}:${byKey(o[k])}`).join(',')}}`;
    };
    const cases: unknown[] = [
      { a: 1, b: [1, undefined, { c: 'x', d: null }], e: undefined },
      { 2: 'two', 10: 'ten', a: 'numeric keys come first, in number order' },
      { b: { z: 1, a: 2 }, a: [{ y: 1, x: 2 }] },
      { a: () => 1, b: Symbol('s'), c: [() => 1] },
      { a: new Date(0), b: { toJSON: () => 'x' }, c: NaN, d: -0, e: Infinity },
      [[], {}, '', '我们 "quoted"\n', 0, false],
      { content: 'hi', role: 'user' },
    ];
    for (const c of cases) expect(canonicalJson(c)).toBe(byKey(c));
  });

  it('tells requests apart by every part, and hashes with SHA-256', () => {
    const base = { providerId: 'p', model: 'gpt-5-mini', operation: 'chat', material: { messages: [{ role: 'user', content: 'hi' }] } };
    expect(cacheKey(base)).toBe(cacheKey({ ...base, material: { messages: [{ content: 'hi', role: 'user' }] } }));
    expect(cacheKey(base)).not.toBe(cacheKey({ ...base, model: 'gpt-5' }));
    expect(cacheKey(base)).not.toBe(cacheKey({ ...base, material: { messages: [{ role: 'user', content: 'hi ' }] } }));
    expect(sha256('我们 text')).toBe(crypto.createHash('sha256').update('我们 text').digest('hex'));
  });
});
