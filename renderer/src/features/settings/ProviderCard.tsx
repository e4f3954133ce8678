import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { ProviderView } from '../../../../shared/contract';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { backendLabel, maskedKey, providerLabel } from '../../lib/format';
import { formatRelative } from '../../i18n/format';
import { removeProvider, useProviders } from '../../stores/settings/providers';
import { ConnectionResult } from './ConnectionResult';
import { ModelListEditor } from './ModelListEditor';

export interface ProviderCardProps {
  provider: ProviderView;
  onEdit: () => void;
}

export function ProviderCard({ provider: p, onEdit }: ProviderCardProps) {
  const testing = useProviders((s) => s.activity[p.id]?.testing ?? false);
  const test = useProviders((s) => s.test);
  const { t } = useTranslation('settings');
  const name = providerLabel(p);
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);

  const confirmRemove = async () => {
    setRemoving(true);
    const removed = await removeProvider(p);
    setRemoving(false);
    if (removed) setConfirming(false);
  };

  return (
    <article className="card provider-card" aria-label={name}>
      <header className="provider-card__header">
        <div className="provider-card__avatar" aria-hidden="true">
          <Icon name={p.kind === 'openai' ? 'cloud' : 'server'} size={18} />
        </div>
        <div className="provider-card__heading">
          <div className="row">
            <h3 className="provider-card__name">{name}</h3>
            <Badge tone={p.kind === 'openai' ? 'accent' : 'neutral'}>{p.kind === 'openai' ? 'OpenAI' : t('providerForm.compatible')}</Badge>
            {p.fromEnvironment && <Badge title={t('providers.fromEnvironmentTitle')}>{t('providers.fromEnvironment')}</Badge>}
          </div>
          <p className="provider-card__url mono">{p.baseUrl}</p>
        </div>
        <div className="provider-card__actions">
          <Button size="sm" icon={<Icon name="zap" size={14} />} loading={testing} onClick={() => void test(p.id)}>
            {t('providers.testConnection')}
          </Button>
          {!p.fromEnvironment && (
            <>
              <Button size="sm" variant="ghost" icon={<Icon name="edit" size={14} />} onClick={onEdit}>
                {t('providers.edit')}
              </Button>
              <Button size="sm" variant="danger-ghost" iconOnly aria-label={t('providers.deleteLabel', { name })} icon={<Icon name="trash" size={14} />} onClick={() => setConfirming(true)} />
            </>
          )}
        </div>
      </header>
      <dl className="provider-card__meta">
        <div>
          <dt>{t('providers.apiKey')}</dt>
          <dd>
            <span className={p.key.configured ? 'mono' : 'muted'} data-testid="key-status">
              {maskedKey(p.key)}
            </span>
            {p.key.configured && <span className="muted"> · {backendLabel(p.key.backend)}</span>}
          </dd>
        </div>
        <div>
          <dt>{p.fromEnvironment ? t('providers.source') : t('providers.added')}</dt>
          <dd className="muted">{p.fromEnvironment ? t('providers.sourceEnvironment') : formatRelative(p.createdAt)}</dd>
        </div>
      </dl>
      <ConnectionResult id={p.id} />
      <ModelListEditor provider={p} />
      <ConfirmDialog
        open={confirming}
        title={t('providers.deleteTitle', { name })}
        confirmLabel={t('providers.deleteConfirm')}
        busy={removing}
        onConfirm={() => void confirmRemove()}
        onCancel={() => setConfirming(false)}
      >
        {t('providers.deleteBody')}
      </ConfirmDialog>
    </article>
  );
}
