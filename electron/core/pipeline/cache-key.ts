import crypto from 'node:crypto';

/**
 * JSON with object keys sorted, so equal requests hash equally whatever their key order. Built in one
 * pass of string appends: it runs on every cached request over the whole conversation.
 */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
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
  return sha256(canonicalJson(parts));
}
