import { MODALITIES } from '../../../../shared/policy';
import { Button } from '../../components/Button';
import { Callout } from '../../components/Callout';
import { Card } from '../../components/Card';
import { Section } from '../../components/Section';
import { Skeleton } from '../../components/Skeleton';
import { useNavigation } from '../../stores/navigation';
import { useProviders } from '../../stores/providers';
import { useSettings } from '../../stores/settings';
import { DefaultModelRow } from './DefaultModelRow';

export function DefaultModelsSection() {
  const providers = useProviders((s) => s.providers);
  const providersLoaded = useProviders((s) => s.loaded);
  const settingsLoaded = useSettings((s) => s.settings !== null);
  const ready = providersLoaded && settingsLoaded;
  const navigate = useNavigation((s) => s.navigate);
  return (
    <Section title="Default models" description="The model each kind of work uses unless you pick another. Fetching a provider's models fills any that are empty.">
      {!ready ? (
        <Card>
          <div className="stack">
            {MODALITIES.map((m) => (
              <Skeleton key={m} height={32} />
            ))}
          </div>
        </Card>
      ) : providers.length === 0 ? (
        <Callout
          title="Add a provider first"
          actions={
            <Button size="sm" variant="primary" onClick={() => navigate('settings', 'providers')}>
              Go to Providers
            </Button>
          }
        >
          Default models are chosen from the models your providers offer.
        </Callout>
      ) : (
        <Card>
          <div className="default-table">
            <div className="default-row default-row--head" aria-hidden="true">
              <span>Used for</span>
              <span>Provider</span>
              <span>Model</span>
            </div>
            {MODALITIES.map((m) => (
              <DefaultModelRow key={m} modality={m} providers={providers} />
            ))}
          </div>
        </Card>
      )}
    </Section>
  );
}
