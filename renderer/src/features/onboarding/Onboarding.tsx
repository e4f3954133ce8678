import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import { Modal } from '../../components/Modal';
import { useOnboarding, type OnboardingStep } from '../../stores/onboarding/onboarding';
import { useProviders } from '../../stores/settings/providers';
import { ConnectStep } from './ConnectStep';
import { EnvironmentStep } from './EnvironmentStep';
import { SuccessStep } from './SuccessStep';
import { WelcomeStep } from './WelcomeStep';
import { providerLabel } from '../../lib/format';

const ORDER: OnboardingStep[] = ['welcome', 'connect', 'success'];

function Progress({ step }: { step: OnboardingStep }) {
  const { t } = useTranslation('onboarding');
  const index = ORDER.indexOf(step);
  if (index < 0) return null;
  return (
    <ol className="onboarding__progress" aria-label={t('progress', { step: index + 1, total: ORDER.length })}>
      {ORDER.map((s, i) => (
        <li key={s} className={i <= index ? 'is-done' : undefined} aria-hidden="true" />
      ))}
    </ol>
  );
}

/** The first-run flow: from nothing to a working provider with default models, or skipped. */
export function Onboarding() {
  const open = useOnboarding((s) => s.open);
  const step = useOnboarding((s) => s.step);
  const choice = useOnboarding((s) => s.choice);
  const envProvider = useProviders((s) => s.providers.find((p) => p.fromEnvironment));
  const envName = envProvider ? providerLabel(envProvider) : undefined;
  const { t } = useTranslation('onboarding');
  const stepRef = useRef<HTMLDivElement>(null);

  // The previous step's focused control is gone; move focus into the new step so keyboards keep their place.
  useEffect(() => {
    const root = stepRef.current;
    if (!root || root.contains(document.activeElement)) return;
    root.querySelector<HTMLElement>('[autofocus], input, select, button')?.focus();
  }, [step]);

  const titles: Record<OnboardingStep, { title: string; description: string }> = {
    welcome: { title: t('titles.welcome'), description: t('titles.welcomeDescription') },
    connect:
      choice === 'openai'
        ? { title: t('titles.connectOpenai'), description: t('titles.connectOpenaiDescription') }
        : { title: t('titles.connectCompatible'), description: t('titles.connectCompatibleDescription') },
    success: { title: t('titles.success'), description: t('titles.successDescription') },
    environment: { title: t('titles.environment', { name: envName ?? t('titles.environmentFallback') }), description: t('titles.environmentDescription') },
  };

  return (
    <Modal open={open} onClose={() => undefined} dismissible={false} size="lg" className="onboarding" title={titles[step].title} description={titles[step].description}>
      <Progress step={step} />
      <div ref={stepRef}>
        {step === 'welcome' && <WelcomeStep />}
        {step === 'connect' && <ConnectStep />}
        {step === 'success' && <SuccessStep />}
        {step === 'environment' && <EnvironmentStep />}
      </div>
    </Modal>
  );
}
