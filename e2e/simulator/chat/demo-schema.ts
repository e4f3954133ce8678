/**
 * Demo mode's structured outputs: a value that satisfies the schema *and* reads like an answer to the
 * question (a category that fits its words, a confidence, a reason quoting it), where tests get the
 * smallest valid value (json-schema.ts).
 */
import { nonNullBranch, objectFields, resolveRef, schemaType } from './json-schema';

type Schema = Record<string, unknown>;
const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

const CATEGORIES: [RegExp, string][] = [
  [/\b(invoice|bill|billing|refund|charge[sd]?|payment|price|pricing)\b/i, 'billing'],
  [/\b(bug|error|crash\w*|broken|fails?|exception)\b/i, 'bug report'],
  [/\b(password|log ?in|sign ?in|account|locked)\b/i, 'account access'],
  [/\b(feature|would like|wish|could you add|request)\b/i, 'feature request'],
  [/\b(cancel\w*|unsubscribe|close my)\b/i, 'cancellation'],
];

function quote(question: string): string {
  const flat = question.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat || 'the message';
}

function demoString(name: string, schema: Schema, question: string): string {
  if (Array.isArray(schema.enum) && schema.enum.length > 0) {
    const match = schema.enum.find((v) => typeof v === 'string' && question.toLowerCase().includes(v.toLowerCase()));
    return String(match ?? schema.enum[0]);
  }
  const key = name.toLowerCase();
  if (/categor|label|class|type|topic|intent/.test(key)) return CATEGORIES.find(([re]) => re.test(question))?.[1] ?? 'general inquiry';
  if (/reason|rationale|explanation|why|justification/.test(key)) return `The message (“${quote(question)}”) is mostly about this, and nothing in it points elsewhere.`;
  if (/summary|description|overview/.test(key)) return `A short request: “${quote(question)}”.`;
  if (/sentiment|tone|mood/.test(key)) return /\b(angry|terrible|awful|not happy|disappointed|worst)\b/i.test(question) ? 'negative' : 'neutral';
  if (/language|lang/.test(key)) return /[\u4e00-\u9fff]/.test(question) ? 'zh' : 'en';
  if (/title|name|subject/.test(key)) return quote(question).split(' ').slice(0, 6).join(' ');
  if (/action|next|step|follow/.test(key)) return 'Reply to the customer within one working day.';
  return quote(question);
}

function demoNumber(name: string, schema: Schema, integer: boolean): number {
  const min = typeof schema.minimum === 'number' ? schema.minimum : undefined;
  const max = typeof schema.maximum === 'number' ? schema.maximum : undefined;
  let n = /confidence|probability|score|certainty/.test(name.toLowerCase()) ? (max !== undefined && max > 1 ? max * 0.87 : 0.87) : 3;
  if (min !== undefined && n < min) n = min;
  if (max !== undefined && n > max) n = max;
  return integer ? Math.round(n) : Math.round(n * 100) / 100;
}

export function demoInstance(schema: unknown, question: string, name = '', root: Schema = isSchema(schema) ? schema : {}, depth = 0): unknown {
  if (!isSchema(schema) || depth > 32) return null;
  if (typeof schema.$ref === 'string') return demoInstance(resolveRef(schema.$ref, root), question, name, root, depth + 1);
  if ('const' in schema) return schema.const;
  const branch = nonNullBranch(schema);
  if (branch !== undefined) return demoInstance(branch, question, name, root, depth + 1);
  const type = schemaType(schema);
  switch (type) {
    case 'object': {
      const { props, required } = objectFields(schema);
      return Object.fromEntries(required.map((key) => [key, demoInstance(props[key], question, key, root, depth + 1)]));
    }
    case 'array': {
      const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
      const max = typeof schema.maxItems === 'number' ? schema.maxItems : Infinity;
      return Array.from({ length: Math.min(Math.max(min, 2), max) }, () => demoInstance(schema.items, question, name, root, depth + 1));
    }
    case 'string':
      return demoString(name, schema, question);
    case 'integer':
      return demoNumber(name, schema, true);
    case 'number':
      return demoNumber(name, schema, false);
    case 'boolean':
      return true;
    default:
      return null;
  }
}
