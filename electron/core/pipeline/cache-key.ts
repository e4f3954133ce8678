import crypto from 'node:crypto';

/**
 * Plain data whose objects all list their keys in sorted order (the order JSON.stringify writes them in),
 * holding nothing JSON.stringify writes differently from canonicalJson (functions, symbols, toJSON).
 */
function writtenInOrder(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return typeof value !== 'function' && typeof value !== 'symbol';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!writtenInOrder(value[i])) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  let previous: string | null = null;
  for (const key of Object.keys(value)) {
    if ((previous !== null && key < previous) || key === 'toJSON' || !writtenInOrder((value as Record<string, unknown>)[key])) return false;
    previous = key;
  }
  return true;
}

/**
 * JSON with object keys sorted, so equal requests hash equally whatever their key order. It runs on every
 * cached request over the whole conversation: what is in order already (operations build their material
 * with sorted keys) is written by JSON.stringify in one native call, and only objects out of order (a
 * user's JSON schema) are written key by key.
 */
export function canonicalJson(value: unknown): string {
  if (writtenInOrder(value)) return JSON.stringify(value) ?? 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(record).sort()) {
    const v = record[key];
    if (v === undefined) continue;
    out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${canonicalJson(v)}`;
  }
  return `${out}}`;
}

export const sha256 = (data: string | Buffer): string =>
  typeof crypto.hash === 'function' ? crypto.hash('sha256', data, 'hex') : crypto.createHash('sha256').update(data).digest('hex');

/** Replaces inline data (data: URLs) by the hash of their bytes, so the key stays small and exact. */
export function hashInlineData(text: string): string {
  return text.startsWith('data:') ? `sha256:${sha256(text)}` : text;
}

/** The cache key: provider, model, operation and the operation's canonical request. */
export function cacheKey(parts: { providerId: string; model: string; operation: string; material: unknown }): string {
  return sha256(canonicalJson({ material: parts.material, model: parts.model, operation: parts.operation, providerId: parts.providerId }));
}
