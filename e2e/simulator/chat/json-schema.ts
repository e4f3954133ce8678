/** Builds the smallest value that satisfies a JSON Schema (the subset structured outputs allow). */

type Schema = Record<string, unknown>;

const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first branch of an anyOf / oneOf / allOf that is not the null type (undefined when there are none). */
export function nonNullBranch(schema: Schema): unknown {
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options) && options.length > 0) return options.find((o) => !(isSchema(o) && o.type === 'null')) ?? options[0];
  }
  return undefined;
}

/** The type a value must have: a nullable type list gives its non-null member; properties mean object, enum means string. */
export function schemaType(schema: Schema): unknown {
  let type = schema.type;
  if (Array.isArray(type)) type = type.find((t) => t !== 'null') ?? type[0];
  if (type === undefined && isSchema(schema.properties)) type = 'object';
  if (type === undefined && Array.isArray(schema.enum)) type = 'string';
  return type;
}

/** An object schema's properties and the names to fill (every property when `required` is absent). */
export function objectFields(schema: Schema): { props: Schema; required: string[] } {
  const props = isSchema(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : Object.keys(props);
  return { props, required };
}

export function resolveRef(ref: string, root: Schema): Schema {
  if (!ref.startsWith('#/')) return {};
  let node: unknown = root;
  for (const part of ref.slice(2).split('/')) {
    node = isSchema(node) ? node[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  }
  return isSchema(node) ? node : {};
}

function minimalString(schema: Schema): string {
  const format = schema.format;
  if (format === 'date-time') return '2025-01-01T00:00:00Z';
  if (format === 'date') return '2025-01-01';
  if (format === 'time') return '00:00:00';
  if (format === 'email') return 'sim@example.com';
  if (format === 'uri') return 'https://example.com/';
  if (format === 'uuid') return '00000000-0000-4000-8000-000000000000';
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  return 'x'.repeat(min);
}

function minimalNumber(schema: Schema, integer: boolean): number {
  const candidates = [schema.minimum, schema.exclusiveMinimum].filter((v): v is number => typeof v === 'number');
  let n = candidates.length ? Math.max(...candidates) : 0;
  if (typeof schema.exclusiveMinimum === 'number' && n === schema.exclusiveMinimum) n += integer ? 1 : 0.5;
  if (typeof schema.maximum === 'number' && n > schema.maximum) n = schema.maximum;
  return integer ? Math.ceil(n) : n;
}

export function minimalInstance(schema: unknown, root: Schema = isSchema(schema) ? schema : {}, depth = 0): unknown {
  if (!isSchema(schema) || depth > 32) return null;
  if (typeof schema.$ref === 'string') return minimalInstance(resolveRef(schema.$ref, root), root, depth + 1);
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0] ?? null;
  const branch = nonNullBranch(schema);
  if (branch !== undefined) return minimalInstance(branch, root, depth + 1);
  const type = schemaType(schema);
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const { props, required } = objectFields(schema);
      for (const name of required) out[name] = minimalInstance(props[name], root, depth + 1);
      return out;
    }
    case 'array': {
      const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
      return Array.from({ length: min }, () => minimalInstance(schema.items, root, depth + 1));
    }
    case 'string':
      return minimalString(schema);
    case 'integer':
      return minimalNumber(schema, true);
    case 'number':
      return minimalNumber(schema, false);
    case 'boolean':
      return false;
    default:
      return null;
  }
}
