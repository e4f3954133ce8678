/** Why the composer's Send is unavailable, decided in one place so the button and Enter agree. */
import { MAX_MESSAGE_CHARS } from '../../../../../shared/contract';

export type SendBlock = 'empty' | 'uploading' | 'too_long' | 'streaming' | null;

export function sendBlock(draft: { text: string; attachments: readonly { status: string }[] }, streaming: boolean): SendBlock {
  if (streaming) return 'streaming';
  if (draft.attachments.some((a) => a.status === 'uploading')) return 'uploading';
  if (draft.text.length > MAX_MESSAGE_CHARS) return 'too_long';
  if (!draft.text.trim() && draft.attachments.length === 0) return 'empty';
  return null;
}

/** Text too long for a message becomes a plain-text attachment, named after its first words. */
export function textAsFile(text: string): File {
  const words = text.trim().slice(0, 40).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase();
  return new File([text], `${words || 'pasted-text'}.txt`, { type: 'text/plain' });
}
