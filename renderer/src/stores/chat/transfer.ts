import type { ConversationSummary } from '../../../../shared/contract';
import { call } from '../../api';
import { i18n } from '../../i18n';
import { useChatConversation } from './conversation';
import { useChatList } from './list';
import { toastError, toastSuccess } from '../shell/toasts';

/** Export a conversation; the caller saves the file (the renderer decides how a download happens). */
export async function exportConversation(id: string, format: 'markdown' | 'json'): Promise<{ filename: string; mime: string; content: string } | null> {
  const r = await call('chat.export', { id, format });
  if (r.ok) return r.value;
  toastError(r.error, i18n.t('toasts:chat.exportFailed'));
  return null;
}

/** Imports a conversation exported as JSON or Markdown and opens it. */
export async function importConversation(file: File): Promise<ConversationSummary | null> {
  let content: string;
  try {
    content = await file.text();
  } catch {
    toastError({ code: 'invalid_input', message: i18n.t('toasts:chat.importUnreadable', { name: file.name }), hint: i18n.t('toasts:chat.importUnreadableHint') }, i18n.t('toasts:chat.importFailed'));
    return null;
  }
  if (content.trim().length < 2) {
    toastError({ code: 'invalid_input', message: `“${file.name}” is empty.`, hint: i18n.t('chat:transfer.emptyHint') }, 'Could not import');
    return null;
  }
  const r = await call('chat.import', { content });
  if (!r.ok) {
    toastError(r.error, i18n.t('toasts:chat.importNamedFailed', { name: file.name }));
    return null;
  }
  useChatList.getState().upsert(r.value);
  await useChatConversation.getState().open(r.value.id);
  toastSuccess(i18n.t('toasts:chat.imported'), i18n.t('toasts:chat.importedBody', { title: r.value.title }));
  return r.value;
}
