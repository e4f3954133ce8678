import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Callout } from '../../components/Callout';
import { useLive } from '../../stores/live/live';
import { TxIcon } from '../transcription/TxIcon';

/**
 * A meeting this window shows but does not record: after a reload (no window records until one resumes)
 * or while another window records it. Stop, pause and the captions work from here either way.
 */
export const DetachedNotice = memo(function DetachedNotice() {
  const { t } = useTranslation('live');
  const attached = useLive((s) => s.attached);
  const moved = useLive((s) => s.moved);
  const capturing = useLive((s) => s.status?.capturing ?? false);
  const paused = useLive((s) => s.status?.state === 'paused');
  if (attached) return null;
  const elsewhere = capturing || (moved && !paused);
  return (
    <Callout
      tone={elsewhere ? 'info' : 'warning'}
      title={elsewhere ? t('detached.elsewhere') : t('detached.idle')}
      className="live-notice"
      actions={
        <Button icon={<TxIcon name="mic" size={14} />} onClick={() => void useLive.getState().recordHere()} data-testid="live-record-here">
          {elsewhere ? t('detached.takeOver') : t('detached.resume')}
        </Button>
      }
    >
      <span data-testid="live-detached" data-elsewhere={elsewhere}>{elsewhere ? t('detached.elsewhereHelp') : t('detached.idleHelp')}</span>
    </Callout>
  );
});
