import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationSummary } from '../../../../../shared/contract';
import { Button } from '../../../components/Button';
import { Modal } from '../../../components/Modal';
import { TextField } from '../../../components/TextField';
import { foldersOf, useChatList } from '../../../stores/chat/list';

const parseTags = (text: string) => [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];

/** Rename a conversation, file it in a folder and tag it. */
export function ConversationDetailsDialog({ conversation, onClose }: { conversation: ConversationSummary; onClose: () => void }) {
  const update = useChatList((s) => s.update);
  const items = useChatList((s) => s.items);
  const folders = useMemo(() => foldersOf(items), [items]);
  const [title, setTitle] = useState(conversation.title);
  const [folder, setFolder] = useState(conversation.folder ?? '');
  const [tags, setTags] = useState(conversation.tags.join(', '));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const listId = useId();
  const formId = useId();
  const { t } = useTranslation('chat');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return setError(t('details.titleMissing'));
    const tagList = parseTags(tags);
    if (tagList.some((tag) => tag.length > 40)) return;
    setBusy(true);
    const saved = await update(conversation.id, { title: title.trim(), folder: folder.trim() || null, tags: tagList }, t('details.saveFailed'));
    setBusy(false);
    if (saved) onClose();
  };

  return (
    <Modal
      open
      onClose={onClose}
      title={t('details.title')}
      size="sm"
      footer={
        <>
          <Button onClick={onClose}>{t('details.cancel')}</Button>
          <Button variant="primary" type="submit" form={formId} loading={busy}>
            {t('details.save')}
          </Button>
        </>
      }
    >
      <form id={formId} className="stack" onSubmit={(e) => void submit(e)} aria-label={t('details.title')}>
        <TextField label={t('details.fieldTitle')} value={title} onChange={setTitle} error={error} maxLength={200} data-autofocus />
        <TextField label={t('details.folder')} value={folder} onChange={setFolder} optional list={listId} maxLength={80} help={t('details.folderHelp')} />
        <datalist id={listId}>
          {folders.map((f) => (
            <option key={f} value={f} />
          ))}
        </datalist>
        <TextField
          label={t('details.tags')}
          value={tags}
          onChange={setTags}
          optional
          help={t('details.tagsHelp')}
          error={parseTags(tags).some((tag) => tag.length > 40) ? t('details.tagTooLong') : null}
        />
      </form>
    </Modal>
  );
}
