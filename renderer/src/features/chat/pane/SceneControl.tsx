import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { Icon } from '../../../components/Icon';
import { useChatConversation } from '../../../stores/chat/conversation';
import { sceneById, useChatScenes } from '../../../stores/chat/scenes';
import { SceneEditorDialog } from '../scenes/SceneEditorDialog';
import { sceneDescription, sceneLabel } from '../../../lib/builtins';

/** The conversation's scene (preset: system prompt, model, temperature, schema) and its editor. */
export function SceneControl() {
  const sceneId = useChatConversation((s) => s.conversation?.sceneId ?? null);
  const update = useChatConversation((s) => s.update);
  const scenes = useChatScenes((s) => s.scenes);
  const { t } = useTranslation('chat');
  const [editing, setEditing] = useState<'current' | 'new' | null>(null);
  const scene = sceneById(scenes, sceneId);
  return (
    <div className="scene-control">
      <select
        className="select chat-select"
        aria-label={t('scene.label')}
        title={(scene && sceneDescription(scene)) || t('scene.title')}
        value={sceneId ?? ''}
        onChange={(e) => {
          if (e.target.value === '__new') return setEditing('new');
          void update({ sceneId: e.target.value || null }, t('pane.changeSceneFailed'));
        }}
      >
        <option value="">{t('scene.none')}</option>
        {scenes.map((s) => (
          <option key={s.id} value={s.id}>
            {sceneLabel(s)}
          </option>
        ))}
        <option value="__new">{t('scene.new')}</option>
      </select>
      <Button variant="ghost" size="sm" iconOnly aria-label={t('scene.edit')} title={t('scene.editTitle')} icon={<Icon name="edit" size={14} />} disabled={!scene} onClick={() => setEditing('current')} />
      {editing && (
        <SceneEditorDialog
          scene={editing === 'current' ? scene : null}
          onClose={(saved) => {
            setEditing(null);
            if (saved && saved.id !== sceneId) void update({ sceneId: saved.id }, t('pane.changeSceneFailed'));
          }}
        />
      )}
    </div>
  );
}
