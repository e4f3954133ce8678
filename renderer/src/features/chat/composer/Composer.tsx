import { useEffect, useLayoutEffect, useRef, useState, type ClipboardEvent, type DragEvent, type KeyboardEvent } from 'react';
import { Button } from '../../../components/Button';
import { Icon } from '../../../components/Icon';
import { cx } from '../../../lib/cx';
import { useChatComposer, useDraft } from '../../../stores/chat/composer';
import { isLive, useChatConversation } from '../../../stores/chat/conversation';
import { useTranslation } from 'react-i18next';
import { inUseLabel } from '../modelInUse';
import { ModelPicker } from '../ModelPicker';
import { AttachmentChips } from './AttachmentChips';
import { BudgetWarnings } from './BudgetWarnings';
import { EstimateLine, TrimmedNotice } from './EstimateLine';
import { sendBlock, textAsFile } from './sendState';
import { TooLongNotice } from './TooLongNotice';
import { useEstimate } from './useEstimate';

const ACCEPT = 'image/*,.txt,.md,.markdown,.csv,.tsv,.json,.jsonl,.xml,.yaml,.yml,.toml,.log,.html,.css,.js,.ts,.tsx,.py,.sql,.sh';
const MAX_HEIGHT = 240;

/** Where the next message is written: Enter sends, Shift+Enter breaks the line, files by paste, drop or picker. */
export function Composer({ conversationId, placeholder }: { conversationId: string; placeholder: string }) {
  const draft = useDraft(conversationId);
  const { setText, addFiles, submit, startEdit, cancelEdit, setOverride } = useChatComposer.getState();
  const editing = useChatComposer((s) => (s.editing?.conversationId === conversationId ? s.editing : null));
  const override = useChatComposer((s) => s.override);
  const ownModel = useChatConversation((s) => s.conversation?.model ?? null);
  const baseModel = useChatComposer((s) => s.baseModel);
  const conversationModel = ownModel ?? baseModel;
  const { t } = useTranslation('chat');
  const streaming = useChatConversation((s) => s.messages.some(isLive));
  const stop = useChatConversation((s) => s.stop);
  const update = useChatConversation((s) => s.update);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  useEstimate(conversationId, draft);

  useLayoutEffect(() => {
    const el = inputRef.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${Math.min(el.scrollHeight, MAX_HEIGHT)}px`;
  }, [draft.text]);
  useEffect(() => inputRef.current?.focus(), [conversationId, editing?.messageId]);

  const block = sendBlock(draft, streaming);
  const send = () => {
    if (block === null) void submit(conversationId);
  };
  const attachText = () => {
    const file = textAsFile(draft.text);
    setText(conversationId, '');
    void addFiles(conversationId, [file]);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      send();
    } else if (e.key === 'Escape' && (streaming || editing)) {
      e.preventDefault();
      if (streaming) void stop();
      else cancelEdit();
    } else if (e.key === 'ArrowUp' && !draft.text && draft.attachments.length === 0 && !e.shiftKey) {
      const last = [...useChatConversation.getState().messages].reverse().find((m) => m.role === 'user');
      if (last) {
        e.preventDefault();
        startEdit(last);
      }
    }
  };
  const onPaste = (e: ClipboardEvent) => {
    const files = [...e.clipboardData.files];
    if (files.length) {
      e.preventDefault();
      void addFiles(conversationId, files);
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const files = [...e.dataTransfer.files];
    if (files.length) void addFiles(conversationId, files);
  };

  return (
    <div className="composer" data-testid="composer">
      {editing && (
        <div className="composer__editing" role="status">
          <Icon name="edit" size={13} />
          <span>{t('editor.editing')}</span>
          <Button variant="ghost" size="sm" onClick={cancelEdit}>
            {t('editor.cancel')}
          </Button>
        </div>
      )}
      <div
        className={cx('composer__box', dragging && 'is-dragging')}
        onDragOver={(e) => {
          if ([...e.dataTransfer.types].includes('Files')) {
            e.preventDefault();
            setDragging(true);
          }
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <AttachmentChips conversationId={conversationId} items={draft.attachments} />
        {block === 'too_long' && <TooLongNotice length={draft.text.length} onAttach={attachText} />}
        <textarea
          ref={inputRef}
          className="composer__input"
          aria-label={t('editor.message')}
          placeholder={placeholder}
          rows={1}
          value={draft.text}
          onChange={(e) => setText(conversationId, e.target.value)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
        />
        <div className="composer__toolbar">
          <Button variant="ghost" size="sm" iconOnly aria-label={t('editor.attach')} title={t('editor.attachTitle')} icon={<Icon name="paperclip" size={15} />} onClick={() => fileRef.current?.click()} />
          <input
            ref={fileRef}
            type="file"
            multiple
            accept={ACCEPT}
            hidden
            data-testid="attach-input"
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              if (files.length) void addFiles(conversationId, files);
            }}
          />
          <ModelPicker label={t('editor.modelForMessage')} value={override} onChange={setOverride} emptyLabel={inUseLabel(t, conversationModel, 'conversation')} className="select chat-select chat-select--bare" />
          <span className="composer__spacer" />
          <EstimateLine />
          {streaming ? (
            <Button variant="secondary" size="sm" icon={<Icon name="stop" size={12} />} onClick={() => void stop()} title={t('editor.stopTitle')}>
              {t('editor.stop')}
            </Button>
          ) : (
            <Button variant="primary" size="sm" icon={<Icon name="arrowUp" size={14} />} disabled={block !== null} onClick={send} title={t('editor.sendTitle')}>
              {editing ? t('editor.sendEdit') : t('editor.send')}
            </Button>
          )}
        </div>
      </div>
      <BudgetWarnings />
      <TrimmedNotice onShowAll={() => void update({ historyLimit: null }, t('pane.changeHistoryFailed'))} />
    </div>
  );
}
