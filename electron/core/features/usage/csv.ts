import type { LedgerEntry } from '../../db/repos/ledger';

const COLUMNS: (keyof LedgerEntry)[] = [
  'ts', 'requestId', 'attempt', 'scene', 'modality', 'providerId', 'model', 'operation', 'inputTokens', 'cachedTokens', 'outputTokens',
  'images', 'audioSeconds', 'costMicros', 'savedMicros', 'billing', 'cached', 'fallback', 'latencyMs', 'outcome', 'httpStatus',
];
const HEADER = COLUMNS.map((c) => (c === 'costMicros' ? 'cost_usd' : c === 'savedMicros' ? 'saved_usd' : c));

/** RFC 4180 quoting, and a leading quote for cells a spreadsheet would run as a formula. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const usd = (micros: number) => (micros / 1e6).toFixed(6);

export function ledgerCsv(entries: Iterable<LedgerEntry>): string {
  const lines = [HEADER.join(',')];
  for (const e of entries) {
    lines.push(COLUMNS.map((c) => (c === 'costMicros' || c === 'savedMicros' ? usd(e[c]) : csvCell(e[c]))).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
