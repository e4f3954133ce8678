import { useEffect, useRef } from 'react';
import { Modal } from '../../components/Modal';
import { useOnboarding, type OnboardingStep } from '../../stores/onboarding';
import { useProviders } from '../../stores/providers';
import { ConnectStep } from './ConnectStep';
import { EnvironmentStep } from './EnvironmentStep';
import { SuccessStep } from './SuccessStep';
import { WelcomeStep } from './WelcomeStep';

const ORDER: OnboardingStep[] = ['welcome', 'connect', 'success'];

function Progress({ step }: { step: OnboardingStep }) {
  const index = ORDER.indexOf(step);
  if (index < 0) return null;
  return (
    <ol className="onboarding__progress" aria-label={`Step ${index + 1} of ${ORDER.length}`}>
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
  const envName = useProviders((s) => s.providers.find((p) => p.fromEnvironment)?.name);
  const stepRef = useRef<HTMLDivElement>(null);

  // The previous step's focused control is gone; move focus into the new step so keyboards keep their place.
  useEffect(() => {
    const root = stepRef.current;
    if (!root || root.contains(document.activeElement)) return;
    root.querySelector<HTMLElement>('[autofocus], input, select, button')?.focus();
  }, [step]);

  const titles: Record<OnboardingStep, { title: string; description: string }> = {
    welcome: { title: 'Welcome to Atelier', description: 'Connect an AI provider to start. It takes about a minute.' },
    connect:
      choice === 'openai'
        ? { title: 'Connect OpenAI', description: 'Paste an API key from your OpenAI account.' }
        : { title: 'Connect an OpenAI-compatible endpoint', description: 'OpenRouter, a local server, or any service that speaks the OpenAI API.' },
    success: { title: 'You’re ready', description: 'Atelier can reach your provider and has picked default models.' },
    environment: { title: `You’re set up with ${envName ?? 'an environment provider'}`, description: 'Atelier found a provider in its environment variables.' },
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
