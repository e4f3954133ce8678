/**
 * Structured answers about images, as a vision model gives them: every field gets a value that fits its
 * name, type, description and allowed values, seeded by the image so the same image always reads the
 * same (and different images differ). A field the schema lets be null is left empty where the "model"
 * could not read it: about one field in eight, and every field of an image too small to read (at most
 * 64 px on a side) — never an invented value.
 */
import { nonNullBranch, objectFields, resolveRef, schemaType } from './json-schema';
import type { ImageInfo } from './messages';

type Schema = Record<string, unknown>;
const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

const VENDORS = ['Café Lumen', 'Nordic Rail', 'Hotel Aurora', 'Bäckerei Sonne', 'City Taxi', 'Green Grocer', 'Harbor Books', 'Metro Pharmacy'];
const SUBJECTS = ['a printed receipt on a wooden table', 'a product photo on a white background', 'a street scene at dusk', 'a screenshot of a settings page', 'a handwritten form', 'a close-up of a scratched metal part'];
const TAGS = ['receipt', 'paper', 'indoor', 'text', 'product', 'outdoor', 'document', 'close-up', 'metal', 'screenshot'];
const DEFECTS = ['scratch near the edge', 'dent on the casing', 'discoloured patch', 'misaligned label'];
const LOCATIONS = ['upper left', 'centre', 'lower right', 'along the bottom edge'];

/** A 32-bit mix of a seed and a field name: each field of each image draws its own number. */
function mix(seed: number, key: string): number {
  let h = seed ^ 0x9e3779b9;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) >>> 0;
}

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;

function nullable(schema: Schema): boolean {
  if (Array.isArray(schema.type) && schema.type.includes('null')) return true;
  if (Array.isArray(schema.enum) && schema.enum.includes(null)) return true;
  return ['anyOf', 'oneOf'].some((k) => Array.isArray(schema[k]) && (schema[k] as unknown[]).some((o) => isSchema(o) && o.type === 'null'));
}

function imageString(key: string, schema: Schema, n: number, image: ImageInfo): string {
  const enumValues = Array.isArray(schema.enum) ? schema.enum.filter((v): v is string => typeof v === 'string') : [];
  if (enumValues.length > 0) return pick(enumValues, n);
  const words = `${key} ${typeof schema.description === 'string' ? schema.description : ''}`.toLowerCase();
  const size = image.width && image.height ? `${image.width}×${image.height} ` : '';
  if (/date|yyyy/.test(words)) return `2026-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;
  if (/vendor|merchant|shop|store|seller|company|brand|supplier/.test(words)) return pick(VENDORS, n);
  if (/currency/.test(words)) return pick(['EUR', 'USD', 'GBP', 'CHF'], n);
  if (/alt/.test(words)) return `Photo of ${pick(SUBJECTS, n)}.`;
  if (/descri|caption|summary|overview/.test(words)) return `A ${size}image showing ${pick(SUBJECTS, n)}.`;
  if (/text|ocr|transcri/.test(words)) return `${pick(VENDORS, n).toUpperCase()}\nTOTAL ${((n % 9000) / 100 + 3).toFixed(2)}\nTHANK YOU`;
  if (/defect|issue|problem|damage/.test(words)) return pick(DEFECTS, n);
  if (/location|where|position|region/.test(words)) return pick(LOCATIONS, n);
  if (/tag|label|keyword|categor/.test(words)) return pick(TAGS, n);
  if (/name|title/.test(words)) return pick(VENDORS, n);
  return pick(SUBJECTS, n);
}

function imageNumber(key: string, schema: Schema, n: number, integer: boolean): number {
  const words = `${key} ${typeof schema.description === 'string' ? schema.description : ''}`.toLowerCase();
  let v = /total|amount|price|sum|cost|paid|net|gross|tax|vat/.test(words) ? (n % 20_000) / 100 + 1 : /count|quantity|qty|items|number of/.test(words) ? (n % 9) + 1 : /confidence|probability|score/.test(words) ? 0.5 + (n % 50) / 100 : n % 100;
  if (typeof schema.minimum === 'number' && v < schema.minimum) v = schema.minimum;
  if (typeof schema.maximum === 'number' && v > schema.maximum) v = schema.maximum;
  return integer ? Math.round(v) : Math.round(v * 100) / 100;
}

export function imageInstance(schema: unknown, image: ImageInfo, key = '', seed = image.seed ?? 1, root: Schema = isSchema(schema) ? schema : {}, depth = 0): unknown {
  if (!isSchema(schema) || depth > 32) return null;
  if (typeof schema.$ref === 'string') return imageInstance(resolveRef(schema.$ref, root), image, key, seed, root, depth + 1);
  if ('const' in schema) return schema.const;
  const n = mix(seed, key);
  const tiny = image.width !== undefined && image.height !== undefined && Math.min(image.width, image.height) <= 64;
  if (depth > 0 && nullable(schema) && (tiny || n % 8 === 0)) return null;
  const branch = nonNullBranch(schema);
  if (branch !== undefined) return imageInstance(branch, image, key, seed, root, depth + 1);
  const type = schemaType(schema);
  switch (type) {
    case 'object': {
      const { props, required } = objectFields(schema);
      return Object.fromEntries(required.map((name) => [name, imageInstance(props[name], image, name, mix(seed, `${key}.${name}`), root, depth + 1)]));
    }
    case 'array': {
      const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
      const max = typeof schema.maxItems === 'number' ? schema.maxItems : Infinity;
      const count = Math.min(Math.max(min, 1 + (n % 3)), max);
      return Array.from({ length: count }, (_, i) => imageInstance(schema.items, image, key, mix(seed, `${key}[${i}]`), root, depth + 1));
    }
    case 'string':
      return imageString(key, schema, n, image);
    case 'integer':
      return imageNumber(key, schema, n, true);
    case 'number':
      return imageNumber(key, schema, n, false);
    case 'boolean':
      return n % 2 === 0;
    default:
      return null;
  }
}
