import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { Icon } from '../../../components/Icon';
import { useChatConversation } from '../../../stores/chat/conversation';

/** "‹ 2/3 ›": the versions of a message (edits, regenerations); earlier answers stay reachable. */
export function BranchSwitcher({ messageId, siblings }: { messageId: string; siblings: string[] }) {
  const selectBranch = useChatConversation((s) => s.selectBranch);
  const index = siblings.indexOf(messageId);
  const { t } = useTranslation('chat');
  if (siblings.length < 2 || index < 0) return null;
  const go = (to: number) => {
    const target = siblings[to];
    if (target) void selectBranch(target);
  };
  return (
    <div className="branch-switcher" role="group" aria-label={t('message.versions')}>
      <Button variant="ghost" size="sm" iconOnly aria-label={t('message.previous')} icon={<Icon name="chevronLeft" size={14} />} disabled={index === 0} onClick={() => go(index - 1)} />
      <span className="branch-switcher__count" aria-label={t('message.versionOf', { index: index + 1, total: siblings.length })}>
        {index + 1}/{siblings.length}
      </span>
      <Button variant="ghost" size="sm" iconOnly aria-label={t('message.next')} icon={<Icon name="chevronRight" size={14} />} disabled={index === siblings.length - 1} onClick={() => go(index + 1)} />
    </div>
  );
}
