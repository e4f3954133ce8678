/**
 * Structured replies as tables: an object becomes key/value rows, an array of objects becomes columns
 * (the union of their keys, in first-seen order). Anything else is not a table.
 */
export type StructuredTable = { kind: 'object'; rows: [string, unknown][] } | { kind: 'rows'; columns: string[]; rows: Record<string, unknown>[] };

/**
 * Whether a reply is shown as structured output: by the schema it was produced with (kept with the reply),
 * so a later change of the conversation's scene never turns old tables into raw JSON. Replies from before
 * that was recorded follow the conversation's current scene.
 */
export function repliedWithSchema(message: { producedBy: { schemaName: string | null } | null }, sceneHasSchema: boolean): boolean {
  return message.producedBy ? message.producedBy.schemaName !== null : sceneHasSchema;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseStructured(text: string): { value: unknown; table: StructuredTable } | null {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed)) return null;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return null;
  }
  if (isPlainObject(value)) return { value, table: { kind: 'object', rows: Object.entries(value) } };
  if (Array.isArray(value) && value.length > 0 && value.every(isPlainObject)) {
    const columns = [...new Set(value.flatMap((row) => Object.keys(row)))];
    return { value, table: { kind: 'rows', columns, rows: value } };
  }
  return null;
}

/** A cell's text: primitives as they are, nested values as compact JSON. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}
