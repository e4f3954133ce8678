import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Icon } from '../../components/Icon';
import { Section } from '../../components/Section';
import { Skeleton } from '../../components/Skeleton';
import { useProviders } from '../../stores/settings/providers';
import { ProviderCard } from './ProviderCard';
import { ProviderFormDialog, type ProviderFormTarget } from './ProviderFormDialog';

function LoadingCards() {
  const { t } = useTranslation('settings');
  return (
    <div className="provider-list" aria-busy="true" aria-label={t('providers.loading')}>
      {[0, 1].map((i) => (
        <div key={i} className="card provider-card">
          <div className="stack" style={{ gap: 10 }}>
            <Skeleton width="30%" height={16} />
            <Skeleton width="55%" />
            <Skeleton width="40%" />
          </div>
        </div>
      ))}
    </div>
  );
}

export function ProvidersSection() {
  const { t } = useTranslation('settings');
  const providers = useProviders((s) => s.providers);
  const loaded = useProviders((s) => s.loaded);
  const loadError = useProviders((s) => s.loadError);
  const load = useProviders((s) => s.load);
  const [form, setForm] = useState<ProviderFormTarget | null>(null);
  const [formSerial, setFormSerial] = useState(0);
  const openForm = (target: ProviderFormTarget) => {
    setFormSerial((n) => n + 1);
    setForm(target);
  };

  const addButton = (
    <Button variant="primary" icon={<Icon name="plus" />} onClick={() => openForm({ mode: 'create' })}>
      {t('providers.add')}
    </Button>
  );

  let body;
  if (!loaded) body = <LoadingCards />;
  else if (loadError && providers.length === 0)
    body = <ErrorCallout error={loadError} actions={<Button size="sm" onClick={() => void load()}>{t('tryAgain')}</Button>} />;
  else if (providers.length === 0)
    body = (
      <Card>
        <EmptyState
          icon="plug"
          title={t('providers.emptyTitle')}
          description={t('providers.emptyDescription')}
          actions={addButton}
        />
      </Card>
    );
  else
    body = (
      <div className="provider-list">
        {providers.map((p) => (
          <ProviderCard key={p.id} provider={p} onEdit={() => openForm({ mode: 'edit', id: p.id })} />
        ))}
      </div>
    );

  return (
    <Section
      title={t('providers.title')}
      description={t('providers.description')}
      actions={providers.length > 0 ? addButton : undefined}
    >
      {body}
      {form && (form.mode === 'create' || providers.some((p) => p.id === form.id)) && (
        <ProviderFormDialog key={formSerial} target={form} onClose={() => setForm(null)} />
      )}
    </Section>
  );
}
