import { useId, useMemo, useState, type FormEvent } from 'react';
import type { ConversationSummary } from '../../../../../shared/contract';
import { Button } from '../../../components/Button';
import { Modal } from '../../../components/Modal';
import { TextField } from '../../../components/TextField';
import { foldersOf, useChatList } from '../../../stores/chatList';

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

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return setError('Give the conversation a title.');
    const tagList = parseTags(tags);
    if (tagList.some((t) => t.length > 40)) return;
    setBusy(true);
    const saved = await update(conversation.id, { title: title.trim(), folder: folder.trim() || null, tags: tagList }, 'Could not save the conversation details');
    setBusy(false);
    if (saved) onClose();
  };

  return (
    <Modal
      open
      onClose={onClose}
      title="Conversation details"
      size="sm"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" form={formId} loading={busy}>
            Save
          </Button>
        </>
      }
    >
      <form id={formId} className="stack" onSubmit={(e) => void submit(e)} aria-label="Conversation details">
        <TextField label="Title" value={title} onChange={setTitle} error={error} maxLength={200} data-autofocus />
        <TextField label="Folder" value={folder} onChange={setFolder} optional list={listId} maxLength={80} help="Group related conversations; the sidebar can show one folder at a time." />
        <datalist id={listId}>
          {folders.map((f) => (
            <option key={f} value={f} />
          ))}
        </datalist>
        <TextField
          label="Tags"
          value={tags}
          onChange={setTags}
          optional
          help="Separate tags with commas; the sidebar filter matches them."
          error={parseTags(tags).some((t) => t.length > 40) ? 'Keep each tag under 40 characters.' : null}
        />
      </form>
    </Modal>
  );
}
