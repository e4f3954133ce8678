/**
 * Results as files. Every row is one image; columns are the file, its state, then one per result
 * field, where a hand correction wins over the model's answer. CSV cells that a spreadsheet would run
 * as a formula (=, +, -, @, tab, carriage return) are prefixed with an apostrophe (OWASP's advice).
 */
import { zip } from '../transcription/zip';

export interface ExportRow {
  name: string;
  folder: string;
  state: string;
  model: string | null;
  costMicros: number;
  values: Record<string, unknown>;
  corrected: string[];
}

const cellText = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
};

/** Neutralises spreadsheet formulas in a cell. */
export function safeCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const csvQuote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

const HEAD = ['file', 'folder', 'state', 'model', 'cost_usd'];

function matrix(columns: string[], rows: ExportRow[]): { head: string[]; body: unknown[][] } {
  return {
    head: [...HEAD, ...columns, 'corrected_fields'],
    body: rows.map((r) => [r.name, r.folder, r.state, r.model ?? '', r.costMicros / 1e6, ...columns.map((c) => r.values[c] ?? null), r.corrected.join(' ')]),
  };
}

export function toCsv(columns: string[], rows: ExportRow[]): string {
  const { head, body } = matrix(columns, rows);
  // A BOM so Excel reads UTF-8 names; CRLF line ends per RFC 4180.
  return `\ufeff${[head, ...body].map((r) => r.map((v) => csvQuote(safeCell(cellText(v)))).join(',')).join('\r\n')}\r\n`;
}

export function toJson(columns: string[], rows: ExportRow[]): string {
  return JSON.stringify(
    rows.map((r) => ({ file: r.name, folder: r.folder, state: r.state, model: r.model, costUsd: r.costMicros / 1e6, fields: Object.fromEntries(columns.map((c) => [c, r.values[c] ?? null])), corrected: r.corrected })),
    null,
    2,
  );
}

/** Characters XML 1.0 forbids (control characters other than tab, newline, carriage return). */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
const xml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!).replace(XML_INVALID, '');

function colName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A one-sheet XLSX (inline strings, numbers as numbers): opens in Excel, LibreOffice and Numbers. */
export function toXlsx(columns: string[], rows: ExportRow[]): Buffer {
  const { head, body } = matrix(columns, rows);
  const cell = (v: unknown, r: number, c: number) => {
    const ref = `${colName(c)}${r + 1}`;
    if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${ref}"><v>${v}</v></c>`;
    if (typeof v === 'boolean') return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
    const text = cellText(v);
    return text === '' ? '' : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xml(text)}</t></is></c>`;
  };
  const sheetRows = [head, ...body].map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cell(v, r, c)).join('')}</row>`).join('');
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Results" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`,
  };
  return zip(Object.entries(files).map(([name, data]) => ({ name, data: Buffer.from(data, 'utf8') })));
}
