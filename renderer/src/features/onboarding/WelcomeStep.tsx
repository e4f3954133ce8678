import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Icon, type IconName } from '../../components/Icon';
import type { ProviderKind } from '../../../../shared/contract';
import { useOnboarding } from '../../stores/onboarding/onboarding';

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
  const { t } = useTranslation('onboarding');
  return (
    <div className="stack">
      <ul className="onboarding__points">
        <li>
          <Icon name="chat" size={15} /> {t('welcome.pointAll')}
        </li>
        <li>
          <Icon name="shield" size={15} /> {t('welcome.pointKeys')}
        </li>
        <li>
          <Icon name="chart" size={15} /> {t('welcome.pointCost')}
        </li>
      </ul>
      <p className="onboarding__question">{t('welcome.question')}</p>
      <div className="onboarding-options">
        <Option kind="openai" icon="cloud" title="OpenAI" text={t('welcome.openai')} />
        <Option kind="compatible" icon="server" title={t('welcome.compatibleTitle')} text={t('welcome.compatible')} />
      </div>
      <div className="onboarding__actions">
        <Button variant="ghost" onClick={() => void close()}>
          {t('welcome.skip')}
        </Button>
      </div>
    </div>
  );
}
