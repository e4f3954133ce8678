import type { MessageRow } from '../../db/repos/messages';

/**
 * The Markdown form of a conversation (the active branch): readable as a document, and importable back.
 * Each message starts with an HTML comment (invisible when rendered) that carries what the heading cannot:
 * role, model, status and how many attachment lines follow, so a reply that itself contains "## You"
 * still round-trips. Markdown without these comments (hand-written, or exported elsewhere) is split at
 * "## You" / "## Assistant" / "## System" headings.
 */
const MARKER = /^<!-- atelier:message (.*) -->$/;
const HEADING = /^## (You|System|Assistant(?: \((.+)\))?)\s*$/;
const INTERRUPTED = '_(reply interrupted)_';
const NO_REPLY = '_(no reply: the request failed)_';

export interface ParsedMessage {
  role: 'user' | 'assistant' | 'system';
  content: string;
  model: string | null;
  status: 'complete' | 'interrupted' | 'error' | 'cancelled';
}

const attr = (fields: Record<string, string | number>) =>
  Object.entries(fields)
    .map(([k, v]) => `${k}=${JSON.stringify(String(v)).replace(/--/g, '-\\u002d')}`)
    .join(' ');

export function toMarkdown(title: string, path: MessageRow[], today: string): string {
  const lines = [`# ${title}`, '', `_Exported from Atelier on ${today}_`, ''];
  for (const m of path) {
    const who = m.role === 'user' ? 'You' : m.role === 'assistant' ? `Assistant${m.model ? ` (${m.model})` : ''}` : 'System';
    const status = m.status === 'streaming' ? 'interrupted' : m.status;
    lines.push(`<!-- atelier:message ${attr({ role: m.role, status, attachments: m.attachments.length, ...(m.model ? { model: m.model } : {}) })} -->`);
    lines.push(`## ${who}`, '');
    for (const a of m.attachments) lines.push(`> 📎 ${a.name}`);
    if (m.attachments.length) lines.push('');
    lines.push(m.content || (m.status === 'error' ? NO_REPLY : ''), '');
    if (status === 'interrupted') lines.push(INTERRUPTED, '');
  }
  return lines.join('\n');
}

function parseAttrs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/(\w+)=("(?:[^"\\]|\\.)*")/g)) {
    try {
      out[m[1]!] = JSON.parse(m[2]!) as string;
    } catch {
      /* a damaged attribute is left out */
    }
  }
  return out;
}

const ROLES = new Set(['user', 'assistant', 'system']);
const STATUSES = new Set(['complete', 'interrupted', 'error', 'cancelled']);

/** Drops the blank lines a block starts and ends with (the export's spacing), keeping the text inside. */
function trimBlankLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return lines.slice(start, end);
}

/** Reads a conversation back from Markdown; null when the text holds no messages at all. */
export function fromMarkdown(text: string): { title: string; messages: ParsedMessage[] } | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const titleLine = lines.find((l) => /^# \S/.test(l));
  const title = titleLine ? titleLine.slice(2).trim().slice(0, 200) : 'Imported conversation';
  const marked = lines.some((l) => MARKER.test(l));
  const starts: { at: number; head: ParsedMessage; skip: number }[] = [];
  lines.forEach((line, i) => {
    if (marked) {
      const m = MARKER.exec(line);
      if (!m) return;
      const a = parseAttrs(m[1]!);
      if (!ROLES.has(a.role ?? '')) return;
      const head: ParsedMessage = { role: a.role as ParsedMessage['role'], content: '', model: a.model ?? null, status: STATUSES.has(a.status ?? '') ? (a.status as ParsedMessage['status']) : 'complete' };
      // The heading, and the attachment lines with the blank line after them.
      const attachments = Number(a.attachments) || 0;
      starts.push({ at: i, head, skip: HEADING.test(lines[i + 1] ?? '') ? 1 : 0 });
      if (attachments > 0) starts.at(-1)!.skip += attachments + 1 + 1; // + the blank line after the heading
      return;
    }
    const h = HEADING.exec(line);
    if (!h) return;
    const role = h[1] === 'You' ? 'user' : h[1] === 'System' ? 'system' : 'assistant';
    starts.push({ at: i, head: { role, content: '', model: h[2] ?? null, status: 'complete' }, skip: 0 });
  });
  if (starts.length === 0) return null;
  const messages = starts.map(({ at, head, skip }, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]!.at : lines.length;
    let body = lines.slice(at + 1 + skip, end);
    if (!marked) body = body.filter((l, j) => !(j < 3 && l.startsWith('> 📎 ')));
    body = trimBlankLines(body);
    if (head.status === 'interrupted' && body.at(-1) === INTERRUPTED) body = trimBlankLines(body.slice(0, -1));
    if (!marked && head.role === 'assistant' && body.at(-1) === INTERRUPTED) {
      head.status = 'interrupted';
      body = trimBlankLines(body.slice(0, -1));
    }
    let content = body.join('\n');
    if (content === NO_REPLY && head.role === 'assistant') {
      content = '';
      head.status = 'error';
    }
    return { ...head, content };
  });
  return { title, messages };
}
