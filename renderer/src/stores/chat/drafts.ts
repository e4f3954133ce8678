import type { Draft } from './composer';

/**
 * Unsent drafts survive a reload or a crash: kept in localStorage (text and the hashes of files
 * core already stored), written at most every 300 ms. Uploads still in flight are not kept.
 */
const KEY = 'atelier.chat.drafts';
const WRITE_DELAY_MS = 300;
let timer: ReturnType<typeof setTimeout> | undefined;

export function loadDrafts(): Record<string, Draft> {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(KEY) ?? '{}') as Record<string, Draft>;
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
  } catch {
    return {};
  }
}

export function saveDrafts(drafts: Record<string, Draft>): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const kept: Record<string, Draft> = {};
    for (const [id, d] of Object.entries(drafts)) {
      const attachments = d.attachments.filter((a) => a.status === 'ready');
      if (d.text.trim() || attachments.length) kept[id] = { text: d.text, attachments };
    }
    try {
      window.localStorage.setItem(KEY, JSON.stringify(kept));
    } catch {
      // Storage full or unavailable: the draft still lives in memory for this session.
    }
  }, WRITE_DELAY_MS);
}
