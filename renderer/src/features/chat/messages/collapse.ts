/** Long user messages (a pasted document, a log) are shown folded, with "Show more", so a thread stays readable. */

/** Folded above this many characters … */
export const COLLAPSE_CHARS = 1200;
/** … or this many lines. */
export const COLLAPSE_LINES = 14;

/** Whether a message is long enough to be shown folded. */
export function isLongMessage(text: string): boolean {
  if (text.length > COLLAPSE_CHARS) return true;
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) if (++lines > COLLAPSE_LINES) return true;
  return false;
}
