import { requiredLiterals, ruleExpression } from '../../../shared/block-rules';

/** What checking a text against block rules found. */
export type RuleOutcome = { kind: 'clear' } | { kind: 'matched'; rule: string } | { kind: 'timed_out'; rule: string };

const CLEAR: RuleOutcome = Object.freeze({ kind: 'clear' });

interface CompiledRule {
  /** The expression the worker runs (source and flags; compiled there, and kept compiled). */
  expression: { source: string; flags: string };
  /** The compiled literal search of a word or phrase rule; null for a regular expression. */
  literal: RegExp | null;
  /** Of an expression: text it needs (lower-cased) to match at all; null when that cannot be told. */
  needs: string[] | null;
}

const compiledRules = new Map<string, CompiledRule>();

export function compileRule(rule: string): CompiledRule {
  let c = compiledRules.get(rule);
  if (c === undefined) {
    const expression = ruleExpression(rule);
    const literal = expression.source === rule.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') ? new RegExp(expression.source, expression.flags) : null;
    c = { expression, literal, needs: literal ? null : requiredLiterals(expression.source, expression.flags) };
    if (compiledRules.size > 1000) compiledRules.clear();
    compiledRules.set(rule, c);
  }
  return c;
}

/**
 * What can be told on the core's thread, for a text: words and phrases are a literal search, linear in the
 * text, so they run right here, and an expression whose fixed text (e.g. "password" in /\bpassword\s*[:=]/)
 * is not in the text cannot match. Returns the outcome when that settles it, else the expressions (in
 * order) the worker must run on the text.
 */
function screenText(rules: readonly string[], text: string): RuleOutcome | string[] {
  if (rules.length === 0 || text === '') return CLEAR;
  const patterns: string[] = [];
  let lower: string | null = null;
  for (const rule of rules) {
    const { literal, needs } = compileRule(rule);
    if (literal) {
      if (literal.test(text)) return { kind: 'matched', rule };
      continue;
    }
    if (needs?.length) {
      lower ??= text.toLowerCase();
      if (!needs.every((piece) => lower!.includes(piece))) continue;
    }
    patterns.push(rule);
  }
  return patterns.length === 0 ? CLEAR : patterns;
}

/** A rule set prepared for screening text part by part (see screenRules). */
interface PartScreening {
  literals: { index: number; re: RegExp }[];
  /** Distinct fixed text the expressions need, lower-cased; each is one bit of a part's `present` mask. */
  pieces: string[];
  /** Each expression in order, with the bits of the pieces it needs (null: it always has to run). */
  expressions: { rule: string; needs: number | null }[];
  /** What each part screened found, kept for parts a conversation sends again and again. */
  seen: Map<string, PartFindings>;
}
interface PartFindings {
  /** Index in the rule set of the first word or phrase found in the part; -1 for none. */
  literal: number;
  present: number;
}

const MAX_PIECES = 31;
const REMEMBERED_PART_MIN_CHARS = 64;
const REMEMBERED_PARTS = 4096;
const preparedSets = new WeakMap<readonly string[], PartScreening | null>();

/**
 * A rule set as screened part by part, or null when a part-wise answer could differ from the joined
 * text's (a word, phrase or needed piece holding a newline, which could span two parts) or there are
 * too many needed pieces to keep as bits.
 */
function prepared(rules: readonly string[]): PartScreening | null {
  let set = preparedSets.get(rules);
  if (set !== undefined) return set;
  const literals: PartScreening['literals'] = [];
  const pieces: string[] = [];
  const expressions: PartScreening['expressions'] = [];
  let fits = true;
  rules.forEach((rule, index) => {
    const { literal, needs } = compileRule(rule);
    if (literal) {
      if (rule.includes('\n')) fits = false;
      literals.push({ index, re: literal });
      return;
    }
    if (!needs?.length) return void expressions.push({ rule, needs: null });
    let mask = 0;
    for (const piece of needs) {
      if (piece.includes('\n')) fits = false;
      let bit = pieces.indexOf(piece);
      if (bit < 0) bit = pieces.push(piece) - 1;
      if (bit >= MAX_PIECES) fits = false;
      else mask |= 1 << bit;
    }
    expressions.push({ rule, needs: mask });
  });
  set = fits ? { literals, pieces, expressions, seen: new Map() } : null;
  preparedSets.set(rules, set);
  return set;
}

function findingsOf(set: PartScreening, part: string): PartFindings {
  const remembered = part.length >= REMEMBERED_PART_MIN_CHARS ? set.seen.get(part) : undefined;
  if (remembered) return remembered;
  let literal = -1;
  for (const { index, re } of set.literals) {
    if (re.test(part)) {
      literal = index;
      break;
    }
  }
  let present = 0;
  if (set.pieces.length > 0) {
    const lower = part.toLowerCase();
    set.pieces.forEach((piece, bit) => {
      if (lower.includes(piece)) present |= 1 << bit;
    });
  }
  const findings = { literal, present };
  if (part.length >= REMEMBERED_PART_MIN_CHARS) {
    if (set.seen.size >= REMEMBERED_PARTS) set.seen.clear();
    set.seen.set(part, findings);
  }
  return findings;
}

/**
 * What can be told without the worker about text, given whole or in parts (a request's messages, checked
 * as their texts joined by newlines). In parts, each part is screened on its own and what a part found is
 * kept, so the history a conversation sends with every turn is screened once, not again on every send:
 * the first word or phrase found in any part (in rule order) is the one the joined text would find, since
 * none can span the newline between parts, and an expression's needed pieces must all be somewhere.
 */
export function screenRules(rules: readonly string[], text: string | readonly string[]): RuleOutcome | string[] {
  if (typeof text === 'string') return screenText(rules, text);
  if (text.length <= 1) return screenText(rules, text[0] ?? '');
  const set = rules.length === 0 ? null : prepared(rules);
  if (!set) return screenText(rules, text.join('\n'));
  let literal = -1;
  let present = 0;
  for (const part of text) {
    if (part === '') continue;
    const found = findingsOf(set, part);
    if (found.literal >= 0 && (literal < 0 || found.literal < literal)) literal = found.literal;
    present |= found.present;
  }
  if (literal >= 0) return { kind: 'matched', rule: rules[literal]! };
  const patterns = set.expressions.filter((e) => e.needs === null || (e.needs & present) === e.needs).map((e) => e.rule);
  return patterns.length === 0 ? CLEAR : patterns;
}
