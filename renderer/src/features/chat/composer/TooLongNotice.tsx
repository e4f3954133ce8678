import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { Icon } from '../../../components/Icon';
import { formatNumber } from '../../../i18n/format';
import { MAX_MESSAGE_CHARS } from '../../../../../shared/contract';

/** Text longer than a message may carry: say so plainly and offer to send it as an attached file. */
export function TooLongNotice({ length, onAttach }: { length: number; onAttach: () => void }) {
  const { t } = useTranslation('chat');
  return (
    <div className="composer__too-long" role="status" data-testid="too-long">
      <Icon name="alertCircle" size={13} />
      <span>{t('composer.tooLong', { length: formatNumber(length), limit: formatNumber(MAX_MESSAGE_CHARS) })}</span>
      <Button variant="secondary" size="sm" icon={<Icon name="paperclip" size={13} />} onClick={onAttach}>
        {t('composer.attachAsFile')}
      </Button>
    </div>
  );
}
