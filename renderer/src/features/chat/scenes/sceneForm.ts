import type { CallInput, Scene } from '../../../../../shared/contract';

/** The scene editor's fields as text, and their conversion to a scenes.save input. */
export interface SceneDraft {
  label: string;
  name: string;
  description: string;
  systemPrompt: string;
  model: { providerId: string; model: string } | null;
  temperature: string;
  structured: boolean;
  schemaName: string;
  schema: string;
}

export type SceneField = 'label' | 'name' | 'temperature' | 'schemaName' | 'schema';

const DEFAULT_SCHEMA = JSON.stringify({ type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'], additionalProperties: false }, null, 2);

export function draftOf(scene: Scene | null): SceneDraft {
  return {
    label: scene?.label ?? '',
    name: scene?.name ?? '',
    description: scene?.description ?? '',
    systemPrompt: scene?.systemPrompt ?? '',
    model: scene?.providerId && scene.model ? { providerId: scene.providerId, model: scene.model } : null,
    temperature: scene?.temperature === null || scene?.temperature === undefined ? '' : String(scene.temperature),
    structured: Boolean(scene?.jsonSchema),
    schemaName: scene?.jsonSchema?.name ?? 'reply',
    schema: scene?.jsonSchema ? JSON.stringify(scene.jsonSchema.schema, null, 2) : DEFAULT_SCHEMA,
  };
}

/** "Customer call notes" → "customer_call_notes": a billing label suggested from the label. */
export function billingNameFor(label: string): string {
  return label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 80);
}

/** Checks what the form can check by itself; core checks the rest and names the field. */
export function toInput(draft: SceneDraft, id: string | undefined): { input: CallInput<'scenes.save'> } | { field: SceneField; message: string } {
  if (!draft.label.trim()) return { field: 'label', message: 'Give the scene a name people will see.' };
  if (!/^[a-z0-9_]+$/.test(draft.name.trim())) return { field: 'name', message: 'Use lowercase letters, digits and underscores for the billing label.' };
  let temperature: number | null = null;
  if (draft.temperature.trim()) {
    temperature = Number(draft.temperature);
    if (!Number.isFinite(temperature) || temperature < 0 || temperature > 2) return { field: 'temperature', message: 'Use a number from 0 to 2, or leave it empty for the model’s default.' };
  }
  let jsonSchema: CallInput<'scenes.save'>['jsonSchema'] = null;
  if (draft.structured) {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(draft.schemaName)) return { field: 'schemaName', message: 'Use letters, digits, _ or - for the schema name.' };
    let schema: unknown;
    try {
      schema = JSON.parse(draft.schema);
    } catch (e) {
      return { field: 'schema', message: `That is not valid JSON: ${e instanceof Error ? e.message : 'check the brackets and quotes'}.` };
    }
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return { field: 'schema', message: 'The schema must be a JSON object, such as {"type": "object", …}.' };
    jsonSchema = { name: draft.schemaName, schema: schema as Record<string, unknown> };
  }
  return {
    input: {
      ...(id ? { id } : {}),
      label: draft.label.trim(),
      name: draft.name.trim(),
      description: draft.description.trim(),
      systemPrompt: draft.systemPrompt,
      providerId: draft.model?.providerId ?? null,
      model: draft.model?.model ?? null,
      temperature,
      jsonSchema,
    },
  };
}
