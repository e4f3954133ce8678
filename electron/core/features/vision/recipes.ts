/**
 * Recipes: what to ask of each image, and the strict JSON schema its answer must follow. Every
 * recipe answers in structured output, so each one yields a row with fixed columns; in field
 * extraction every field is nullable and the model is told to answer null rather than guess.
 */
import type { Recipe, RecipeField } from '../../../../shared/contract';

type Schema = Record<string, unknown>;
const nowIso = () => new Date().toISOString();

const builtin = (r: Omit<Recipe, 'builtin' | 'updatedAt'>): Recipe => ({ ...r, builtin: true, updatedAt: nowIso() });

/** The recipes every install starts with; editing one saves a copy under a new id. */
export const BUILTIN_RECIPES: readonly Recipe[] = [
  builtin({ id: 'builtin-describe', name: 'Describe', kind: 'describe', prompt: 'Describe what this image shows in two or three sentences: the subject, the setting and anything unusual.', fields: [], task: 'extraction', detail: 'auto', expectedOutputTokens: 150 }),
  builtin({ id: 'builtin-extract-text', name: 'Extract text', kind: 'extract_text', prompt: 'Transcribe all legible text in this image, in reading order, keeping line breaks. Write nothing that is not in the image.', fields: [], task: 'extraction', detail: 'high', expectedOutputTokens: 600 }),
  builtin({ id: 'builtin-tag', name: 'Tag', kind: 'tag', prompt: 'Give 3 to 10 short, lowercase tags for what this image shows (objects, scene, style).', fields: [], task: 'extraction', detail: 'low', expectedOutputTokens: 60 }),
  builtin({ id: 'builtin-alt-text', name: 'Alt text', kind: 'alt_text', prompt: 'Write alt text for this image for a screen reader: one sentence of at most 125 characters, no "image of".', fields: [], task: 'extraction', detail: 'low', expectedOutputTokens: 60 }),
  builtin({ id: 'builtin-inspect', name: 'Quality inspection', kind: 'inspect', prompt: 'Inspect this product photo for defects (scratches, dents, stains, missing parts, misprints). List each defect with its severity and where it is; pass the item only if there are no defects above low severity.', fields: [], task: 'judgement', detail: 'high', expectedOutputTokens: 400 }),
  builtin({
    id: 'builtin-receipt',
    name: 'Receipt fields',
    kind: 'fields',
    prompt: 'Extract these fields from the receipt or invoice.',
    fields: [
      { name: 'vendor', type: 'string', description: 'Name of the shop or company that issued it', allowed: [] },
      { name: 'date', type: 'date', description: 'Date of purchase, YYYY-MM-DD', allowed: [] },
      { name: 'total', type: 'number', description: 'Total amount paid, a number without currency sign', allowed: [] },
      { name: 'currency', type: 'string', description: 'ISO currency code such as EUR or USD', allowed: [] },
      { name: 'category', type: 'enum', description: 'Kind of expense', allowed: ['travel', 'meals', 'office', 'other'] },
    ],
    task: 'extraction',
    detail: 'high',
    expectedOutputTokens: 120,
  }),
];

const FIELD_RULE = 'If a field cannot be read from the image, or is not there, answer null for it. Never guess or invent a value.';

function fieldSchema(f: RecipeField): Schema {
  const description = f.description || f.name;
  switch (f.type) {
    case 'string':
      return { type: ['string', 'null'], description };
    case 'date':
      return { type: ['string', 'null'], description: `${description} (YYYY-MM-DD)` };
    case 'number':
      return { type: ['number', 'null'], description };
    case 'integer':
      return { type: ['integer', 'null'], description };
    case 'boolean':
      return { type: ['boolean', 'null'], description };
    case 'enum':
      return { type: ['string', 'null'], enum: [...f.allowed, null], description };
  }
}

const object = (properties: Record<string, Schema>): Schema => ({ type: 'object', properties, required: Object.keys(properties), additionalProperties: false });

/** The strict JSON schema the answer to a recipe must follow. */
export function recipeSchema(recipe: Recipe): { name: string; schema: Schema } {
  switch (recipe.kind) {
    case 'describe':
      return { name: 'description', schema: object({ description: { type: 'string' } }) };
    case 'extract_text':
      return { name: 'extracted_text', schema: object({ text: { type: 'string' } }) };
    case 'tag':
      return { name: 'tags', schema: object({ tags: { type: 'array', items: { type: 'string' } } }) };
    case 'alt_text':
      return { name: 'alt_text', schema: object({ alt_text: { type: 'string' } }) };
    case 'inspect':
      return {
        name: 'inspection',
        schema: object({
          verdict: { type: 'string', enum: ['pass', 'fail'] },
          defects: {
            type: 'array',
            items: object({ description: { type: 'string' }, severity: { type: 'string', enum: ['low', 'medium', 'high', 'critical'] }, location: { type: 'string' } }),
          },
        }),
      };
    case 'fields':
      return { name: 'fields', schema: object(Object.fromEntries(recipe.fields.map((f) => [f.name, fieldSchema(f)]))) };
  }
}

/** The result columns of a recipe, in order. */
export function recipeColumns(recipe: Recipe): string[] {
  return Object.keys((recipeSchema(recipe).schema.properties as Record<string, unknown>) ?? {});
}

/** The instructions sent with each image. */
export function recipePrompt(recipe: Recipe): string {
  if (recipe.kind !== 'fields') return recipe.prompt;
  const list = recipe.fields.map((f) => `- ${f.name} (${f.type === 'enum' ? `one of: ${f.allowed.join(', ')}` : f.type})${f.description ? `: ${f.description}` : ''}`).join('\n');
  return `${recipe.prompt}\n\nFields:\n${list}\n\n${FIELD_RULE}`;
}

/**
 * The model's JSON as a row: every column present, unknown keys dropped; for field extraction, empty
 * strings and values outside an enum become null (never shown as if read).
 */
export function normalizeResult(recipe: Recipe, text: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return recipe.kind === 'fields' ? Object.fromEntries(recipe.fields.map((f) => [f.name, null])) : { [recipeColumns(recipe)[0]!]: text };
  }
  const obj = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const col of recipeColumns(recipe)) {
    let v = obj[col] ?? null;
    const f = recipe.fields.find((x) => x.name === col);
    if (f) {
      if (typeof v === 'string' && v.trim() === '') v = null;
      if (f.type === 'enum' && v !== null && !f.allowed.includes(String(v))) v = null;
      if ((f.type === 'number' || f.type === 'integer') && typeof v !== 'number') v = null;
    }
    out[col] = v;
  }
  return out;
}
