/**
 * Keys never leave core, whatever their shape: every key an SDK client is built with is remembered
 * here (in memory only), and every text that may leave core — upstream error messages, log lines —
 * is scrubbed of it. A provider that echoes a key back (whole, or masked like `gsk_ab…wxyz`) cannot
 * put it into the page, the messages table, events or logs.
 */

const known = new Set<string>();
/** 8-character pieces of every remembered key: a run of 8 random key characters does not occur in prose. */
const pieces = new Set<string>();
const PIECE = 8;
const MIN_SECRET = 8;
/** Key shapes recognised even when the key was never seen (another provider's, a pasted one). */
const SHAPES: RegExp[] = [
  /\b(?:sk|gsk|xai|rk|pk|sess|ghp|gho|glpat|hf|pplx|csk|fw|nvapi)[-_][A-Za-z0-9_*.+/-]{6,}/g,
  /\bsk-ant-[A-Za-z0-9_*-]{6,}/g,
  /\bAIza[0-9A-Za-z_*-]{16,}/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, // JWTs
  /\bBearer\s+[^\s"',;]{6,}/gi,
  /\bBasic\s+[A-Za-z0-9+/=]{8,}/gi,
  /(\w+:\/\/)[^\s/@:]+:[^\s/@]+@/g, // credentials in a URL
];
const MASK = '[redacted]';
/** Runs of key-like characters, the unit a key fragment is looked for in. */
const TOKEN = /[A-Za-z0-9_*.+/=:-]{8,}/g;

/** Remembers a key so it is scrubbed from everything that leaves core. */
export function rememberSecret(value: string | null | undefined): void {
  const key = value?.trim();
  if (!key || key.length < MIN_SECRET || key === 'no-key' || known.has(key)) return;
  known.add(key);
  // Log lines are JSON: a key with quotes or backslashes appears there escaped.
  const escaped = JSON.stringify(key).slice(1, -1);
  if (escaped !== key) known.add(escaped);
  for (let i = 0; i + PIECE <= key.length; i++) pieces.add(key.slice(i, i + PIECE));
}

function leaksKnownKey(token: string): boolean {
  const parts = token.split(/[*.…]+/);
  for (const part of parts) for (let i = 0; i + PIECE <= part.length; i++) if (pieces.has(part.slice(i, i + PIECE))) return true;
  // A masked echo (`gsk_ab****wxyz`): the visible head starts a key we hold.
  if (/[*…]{2,}|\.{3}/.test(token)) {
    const head = parts[0] ?? '';
    if (head.length >= 4) for (const key of known) if (key.startsWith(head)) return true;
  }
  return false;
}

/** Text with every remembered key (whole or in part) and every key-shaped string replaced. */
export function scrubSecrets(text: string): string {
  let out = text;
  for (const key of known) if (out.includes(key)) out = out.split(key).join(MASK);
  if (pieces.size) out = out.replace(TOKEN, (token) => (leaksKnownKey(token) ? MASK : token));
  for (const shape of SHAPES) out = out.replace(shape, (match, scheme?: string) => (typeof scheme === 'string' && match.endsWith('@') ? `${scheme}${MASK}@` : MASK));
  return out;
}

/** Forgets every remembered key (tests). */
export function forgetSecrets(): void {
  known.clear();
  pieces.clear();
}
