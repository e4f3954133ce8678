import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { plural } from '../../lib/format';
import { useOnboarding } from '../../stores/onboarding';
import { DefaultsSummary } from './DefaultsSummary';

export function SuccessStep() {
  const connected = useOnboarding((s) => s.connected);
  const close = useOnboarding((s) => s.close);
  return (
    <div className="stack">
      <div className="onboarding-success" role="status">
        <span className="onboarding-success__icon" aria-hidden="true">
          <Icon name="check" size={22} />
        </span>
        <div>
          <p className="onboarding-success__title">{connected?.name ?? 'Your provider'} is connected</p>
          {connected && (
            <p className="muted">
              Answered in {connected.report.latencyMs} ms · {plural(connected.report.modelCount, 'model')} available
            </p>
          )}
        </div>
      </div>
      <div>
        <p className="onboarding__subhead">Default models</p>
        <DefaultsSummary />
      </div>
      <div className="onboarding__actions">
        <span className="onboarding__status">You can change all of this in Settings.</span>
        <Button variant="primary" onClick={() => void close()} autoFocus icon={<Icon name="arrowRight" size={14} />}>
          Start using Atelier
        </Button>
      </div>
    </div>
  );
}
