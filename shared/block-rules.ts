/**
 * Block rules (content filter, brand profiles): a plain word or phrase, matched case-insensitively, or
 * a /regular expression/flags. Pure: the contract validates rules with it when they are saved, and
 * core compiles them with it before running them off the event loop with a time bound.
 */

/** The expression a rule runs as. An unparseable /…/ rule (saved before rules were validated) runs as a literal. */
export function ruleExpression(rule: string): { source: string; flags: string } {
  const m = /^\/(.+)\/([a-z]*)$/s.exec(rule);
  if (m) {
    // g and y make test() stateful; d only adds indices. The rest are kept, and matching is case-insensitive.
    const flags = [...new Set(m[2]!.replace(/[gyd]/g, '') + 'i')].join('');
    try {
      new RegExp(m[1]!, flags);
      return { source: m[1]!, flags };
    } catch {
      // falls through to a literal
    }
  }
  return { source: rule.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags: 'i' };
}

/**
 * Whether an expression repeats a group that itself holds an unbounded repeat, as in (a+)+ or (\w+\s?)*:
 * the shape behind catastrophic backtracking, where a near-miss takes exponential time.
 */
export function hasNestedRepeat(source: string): boolean {
  const groups: boolean[] = []; // per open group: does its body repeat without bound?
  let inClass = false;
  let lastClosedRepeats = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      lastClosedRepeats = false;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    const unbounded = c === '+' || c === '*' || (c === '{' && /^\{\d*,\}/.test(source.slice(i)));
    if (unbounded) {
      if (lastClosedRepeats) return true;
      if (groups.length) groups[groups.length - 1] = true;
      lastClosedRepeats = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') groups.push(false);
    else if (c === ')') {
      const inner = groups.pop() ?? false;
      if (inner && groups.length) groups[groups.length - 1] = true;
      lastClosedRepeats = inner;
      continue;
    }
    // A lazy or possessive-looking marker right after a quantifier keeps the group's state.
    if (c !== '?') lastClosedRepeats = false;
  }
  return false;
}

/** Why a rule cannot be saved, or null when it is fine. */
export function blockRuleProblem(rule: string): string | null {
  const m = /^\/(.+)\/([a-z]*)$/s.exec(rule);
  if (!m) return null;
  if (/[^dgimsuvy]/.test(m[2]!)) return `The rule ${rule} has an unknown flag; use i, m, s or u.`;
  try {
    new RegExp(m[1]!, m[2]!.replace(/[gyd]/g, ''));
  } catch (error) {
    return `The rule ${rule} is not a valid regular expression (${error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : 'syntax'}).`;
  }
  if (hasNestedRepeat(m[1]!)) {
    return `The rule ${rule} repeats a group that itself repeats (like (a+)+), which can take minutes on some texts. Rewrite it without the nesting, e.g. a+ instead of (a+)+.`;
  }
  return null;
}

/**
 * Literal runs every match of the expression must contain (lower-cased), found conservatively: characters
 * at the top level of a sequence that nothing makes optional. A text that lacks one of them cannot match,
 * so the expression need not run at all. Null when nothing can be said: an alternation at the top level,
 * or the u / v flags (their case folding maps some non-ASCII letters onto ASCII ones, e.g. ſ onto s).
 * Only ASCII runs are kept, so a lower-cased text holds each of them wherever the expression can match.
 */
export function requiredLiterals(source: string, flags: string): string[] | null {
  if (/[uv]/.test(flags)) return null;
  const runs: string[] = [];
  let run = '';
  const end = () => {
    if (run.length >= 2) runs.push(run.toLowerCase());
    run = '';
  };
  const quantified = (i: number) => /^(?:[*+?]|\{\d)/.test(source.slice(i));
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      if (inClass || depth > 0) continue;
      // An escaped punctuation mark is itself; letters and digits after a backslash are classes, anchors or codes.
      if (/[A-Za-z0-9]/.test(next) || next === '') end();
      else if (quantified(i + 1) || next > '\u007f') end();
      else run += next;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      end();
    } else if (c === '(') {
      depth++;
      end();
    } else if (c === ')') {
      depth = Math.max(0, depth - 1);
    } else if (depth > 0) {
      continue;
    } else if (c === '|') {
      return null;
    } else if (c === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(i))) {
      end(); // a counted repeat of what came before: skip its digits
      i = source.indexOf('}', i);
    } else if ('^$.*+?{}'.includes(c)) {
      end();
    } else if (quantified(i + 1) || c > '\u007f') {
      // Only ASCII is kept: under i a few other letters match letters that lower-case differently (ς and σ).
      end();
    } else {
      run += c;
    }
  }
  end();
  return runs;
}

