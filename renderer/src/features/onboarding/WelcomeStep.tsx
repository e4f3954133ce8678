import { Button } from '../../components/Button';
import { Icon, type IconName } from '../../components/Icon';
import type { ProviderKind } from '../../../../shared/contract';
import { useOnboarding } from '../../stores/onboarding';

function Option({ kind, icon, title, text }: { kind: ProviderKind; icon: IconName; title: string; text: string }) {
  const choose = useOnboarding((s) => s.choose);
  return (
    <button type="button" className="onboarding-option" onClick={() => choose(kind)}>
      <span className="onboarding-option__icon" aria-hidden="true">
        <Icon name={icon} size={20} />
      </span>
      <span className="onboarding-option__text">
        <span className="onboarding-option__title">{title}</span>
        <span className="onboarding-option__description">{text}</span>
      </span>
      <Icon name="arrowRight" size={16} className="onboarding-option__arrow" />
    </button>
  );
}

export function WelcomeStep() {
  const close = useOnboarding((s) => s.close);
  return (
    <div className="stack">
      <ul className="onboarding__points">
        <li>
          <Icon name="chat" size={15} /> Chat, analyse images, generate images and transcribe meetings in one place.
        </li>
        <li>
          <Icon name="shield" size={15} /> Your keys stay encrypted on this machine and are never shown again.
        </li>
        <li>
          <Icon name="chart" size={15} /> Every call is logged with its cost, so spending never surprises you.
        </li>
      </ul>
      <p className="onboarding__question">Which provider do you want to use?</p>
      <div className="onboarding-options">
        <Option kind="openai" icon="cloud" title="OpenAI" text="Use your OpenAI API key." />
        <Option kind="compatible" icon="server" title="Another OpenAI-compatible endpoint" text="OpenRouter, Ollama, LM Studio, vLLM or your own gateway." />
      </div>
      <div className="onboarding__actions">
        <Button variant="ghost" onClick={() => void close()}>
          Skip for now
        </Button>
      </div>
    </div>
  );
}
