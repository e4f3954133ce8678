import type { KeyView } from '../../../shared/contract';

const BACKEND_LABELS: Record<NonNullable<KeyView['backend']>, string> = {
  safeStorage: 'OS encryption',
  basic_text: 'Basic encryption',
  keyring: 'OS keyring',
  file: 'Encrypted file',
  environment: 'Environment variable',
};

/** "•••• 1234" — the only form in which a key ever appears in the interface. */
export function maskedKey(key: KeyView): string {
  return key.configured ? `•••• ${key.last4 ?? ''}`.trim() : 'No key';
}

export function backendLabel(backend: KeyView['backend']): string {
  return backend ? BACKEND_LABELS[backend] : '';
}

/** "just now", "5 min ago", "3 h ago", or a date. */
export function relativeTime(iso: string | null, now = Date.now()): string {
  if (!iso) return 'never';
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return 'unknown';
  const seconds = Math.round((now - then) / 1000);
  if (seconds < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return new Date(then).toLocaleDateString();
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
