/**
 * zod's own wording ("Too big: expected string to have <=500000 characters") is for developers. Every
 * message a schema does not word itself is rephrased here before it reaches a person; the schema's own
 * messages take precedence over this map.
 */
import type { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

/** "historyLimit" → "History limit"; array indexes are skipped. */
export function fieldName(path: readonly PropertyKey[] | undefined): string {
  const key = [...(path ?? [])].reverse().find((p) => typeof p === 'string');
  if (!key) return 'This value';
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const count = (n: unknown) => (typeof n === 'number' || typeof n === 'bigint' ? Number(n).toLocaleString('en-US') : String(n));

export function humanIssue(issue: Issue): string {
  const field = fieldName(issue.path);
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return `${field} is too long: at most ${count(issue.maximum)} characters.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `${field} has too many items: at most ${count(issue.maximum)}.`;
      return `${field} is too large: at most ${count(issue.maximum)}.`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? `${field} can’t be empty.` : `${field} is too short: at least ${count(issue.minimum)} characters.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `${field} needs at least ${count(issue.minimum)} item${Number(issue.minimum) === 1 ? '' : 's'}.`;
      return `${field} is too small: at least ${count(issue.minimum)}.`;
    case 'invalid_type':
      return issue.input === undefined ? `${field} is missing.` : `${field} has the wrong kind of value.`;
    case 'unrecognized_keys':
      return `Unexpected field${issue.keys.length === 1 ? '' : 's'}: ${issue.keys.join(', ')}.`;
    case 'invalid_value':
      return `${field} must be one of: ${issue.values.map(String).join(', ')}.`;
    default:
      return `${field} is not valid.`;
  }
}
