import crypto from 'node:crypto';

/** JSON with object keys sorted, so equal requests hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export const sha256 = (data: string | Buffer): string => crypto.createHash('sha256').update(data).digest('hex');

/** Replaces inline data (data: URLs) by the hash of their bytes, so the key stays small and exact. */
export function hashInlineData(text: string): string {
  return text.startsWith('data:') ? `sha256:${sha256(text)}` : text;
}

/** The cache key: provider, model, operation and the operation's canonical request. */
export function cacheKey(parts: { providerId: string; model: string; operation: string; material: unknown }): string {
  return sha256(canonicalJson(parts));
}
