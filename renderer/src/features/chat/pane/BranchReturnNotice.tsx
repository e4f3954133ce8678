import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { Callout } from '../../../components/Callout';
import { useChatConversation } from '../../../stores/chat/conversation';

/** After a search hit switched the conversation to another version: says so, with the way back. */
export function BranchReturnNotice() {
  const { t } = useTranslation('chat');
  const shown = useChatConversation((s) => s.branchReturn !== null && s.branchReturn.conversationId === s.openId);
  const back = useChatConversation((s) => s.returnToBranch);
  const dismiss = useChatConversation((s) => s.dismissBranchReturn);
  if (!shown) return null;
  return (
    <div className="chat-pane__notice" role="status">
      <Callout
        tone="info"
        icon="history"
        title={t('branch.switchedTitle')}
        actions={
          <>
            <Button size="sm" onClick={() => void back()}>
              {t('branch.back')}
            </Button>
            <Button size="sm" variant="ghost" onClick={dismiss}>
              {t('branch.stay')}
            </Button>
          </>
        }
      >
        {t('branch.switchedText')}
      </Callout>
    </div>
  );
}
