import { Button } from '../../../components/Button';
import { Icon } from '../../../components/Icon';
import { MAX_MESSAGE_CHARS } from '../../../../../shared/contract';
import { formatTokens } from '../format';

/** Text longer than a message may carry: say so plainly and offer to send it as an attached file. */
export function TooLongNotice({ length, onAttach }: { length: number; onAttach: () => void }) {
  return (
    <div className="composer__too-long" role="status" data-testid="too-long">
      <Icon name="alertCircle" size={13} />
      <span>
        This text is too long for one message ({formatTokens(length)} characters; the limit is {formatTokens(MAX_MESSAGE_CHARS)}).
      </span>
      <Button variant="secondary" size="sm" icon={<Icon name="paperclip" size={13} />} onClick={onAttach}>
        Attach as a file
      </Button>
    </div>
  );
}
