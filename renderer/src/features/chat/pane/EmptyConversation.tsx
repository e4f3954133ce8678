import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/Icon';
import { cx } from '../../../lib/cx';
import { useChatConversation } from '../../../stores/chat/conversation';
import { useChatScenes } from '../../../stores/chat/scenes';
import { sceneDescription, sceneLabel } from '../../../lib/builtins';

/** A conversation with no messages yet: suggests the scenes, one click to use one. */
export function EmptyConversation() {
  const scenes = useChatScenes((s) => s.scenes);
  const sceneId = useChatConversation((s) => s.conversation?.sceneId ?? null);
  const update = useChatConversation((s) => s.update);
  const { t } = useTranslation('chat');
  return (
    <div className="empty-conversation">
      <div className="empty__icon">
        <Icon name="chat" size={24} />
      </div>
      <h3 className="empty__title">{t('pane.emptyTitle')}</h3>
      <p className="empty__description">{t('pane.emptyText')}</p>
      <ul className="scene-cards" aria-label={t('pane.scenes')}>
        {scenes.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className={cx('scene-card', s.id === sceneId && 'is-selected')}
              aria-pressed={s.id === sceneId}
              onClick={() => {
                void update({ sceneId: s.id }, t('pane.changeSceneFailed'));
                document.querySelector<HTMLElement>('.composer__input')?.focus();
              }}
            >
              <span className="scene-card__label">
                {sceneLabel(s)}
                {s.jsonSchema && <Icon name="table" size={12} label={t('pane.structured')} />}
              </span>
              <span className="scene-card__description">{sceneDescription(s)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
