/**
 * fast-check arbitraries derived from the contract's zod schemas: values shaped like what a call takes
 * (so they get past validation and reach the handlers), mixed at every level with values of the wrong
 * type, nasty strings and numbers, and deep nesting.
 */
import fc from 'fast-check';
import type { z } from 'zod';

type Def = { type: string; [k: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const nastyString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('', ' ', '\u0000', '../../etc/passwd', 'C:\\Windows\\system32', '%zz%', '\uD800', 'سلام 你好 🧪', 'a'.repeat(70_000), '${x}', '<script>', "'; DROP TABLE chats; --", 'null', '-1', '1e309'),
);
const nastyNumber = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -0, -1, 2 ** 53, Number.MAX_VALUE, 1e-300));
/** Any JSON value, including deep nesting. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  { maxDepth: 4 },
  fc.jsonValue({ maxDepth: 4 }),
  nastyString,
  nastyNumber,
  fc.constant(null),
  fc.nat(200).map((depth) => {
    let v: unknown = 'deep';
    for (let i = 0; i < depth * 10; i++) v = i % 2 ? [v] : { v };
    return v;
  }),
);

function shaped(schema: z.ZodType, depth: number): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 5) return anyJson;
  const inner = (s: unknown) => arbitraryFor(s as z.ZodType, depth + 1);
  switch (def.type) {
    case 'string':
      return nastyString;
    case 'number':
    case 'int':
      return nastyNumber;
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case 'array':
      return fc.array(inner(def.element), { maxLength: 5 });
    case 'tuple':
      return fc.tuple(...(def.items as unknown[]).map(inner));
    case 'object': {
      const shape = (schema as unknown as { shape: Record<string, z.ZodType> }).shape;
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of Object.entries(shape)) record[k] = arbitraryFor(v, depth + 1);
      return fc.record(record, { requiredKeys: [] });
    }
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 12 }), inner(def.valueType), { maxKeys: 4 });
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return fc.oneof(inner(def.innerType), fc.constant(undefined), fc.constant(null));
    case 'pipe':
      return inner(def.in);
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map(inner));
    case 'intersection':
      return inner(def.left);
    case 'lazy':
      return inner((def.getter as () => unknown)());
    default:
      return anyJson;
  }
}

/** Mostly values of the schema's shape; one in five of any type at all. */
export function arbitraryFor(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary: shaped(schema, depth) }, { weight: 1, arbitrary: anyJson });
}
