import { useState } from 'react';
import type { ProviderView } from '../../../../shared/contract';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { backendLabel, maskedKey, relativeTime } from '../../lib/format';
import { KIND_LABELS } from '../../lib/presets';
import { removeProvider, useProviders } from '../../stores/providers';
import { ConnectionResult } from './ConnectionResult';
import { ModelListEditor } from './ModelListEditor';

export interface ProviderCardProps {
  provider: ProviderView;
  onEdit: () => void;
}

export function ProviderCard({ provider: p, onEdit }: ProviderCardProps) {
  const testing = useProviders((s) => s.activity[p.id]?.testing ?? false);
  const test = useProviders((s) => s.test);
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);

  const confirmRemove = async () => {
    setRemoving(true);
    const removed = await removeProvider(p);
    setRemoving(false);
    if (removed) setConfirming(false);
  };

  return (
    <article className="card provider-card" aria-label={p.name}>
      <header className="provider-card__header">
        <div className="provider-card__avatar" aria-hidden="true">
          <Icon name={p.kind === 'openai' ? 'cloud' : 'server'} size={18} />
        </div>
        <div className="provider-card__heading">
          <div className="row">
            <h3 className="provider-card__name">{p.name}</h3>
            <Badge tone={p.kind === 'openai' ? 'accent' : 'neutral'}>{KIND_LABELS[p.kind]}</Badge>
            {p.fromEnvironment && <Badge title="Set by OPENAI_API_KEY / OPENAI_BASE_URL; read-only">From environment</Badge>}
          </div>
          <p className="provider-card__url mono">{p.baseUrl}</p>
        </div>
        <div className="provider-card__actions">
          <Button size="sm" icon={<Icon name="zap" size={14} />} loading={testing} onClick={() => void test(p.id)}>
            Test connection
          </Button>
          {!p.fromEnvironment && (
            <>
              <Button size="sm" variant="ghost" icon={<Icon name="edit" size={14} />} onClick={onEdit}>
                Edit
              </Button>
              <Button size="sm" variant="danger-ghost" iconOnly aria-label={`Delete ${p.name}`} icon={<Icon name="trash" size={14} />} onClick={() => setConfirming(true)} />
            </>
          )}
        </div>
      </header>
      <dl className="provider-card__meta">
        <div>
          <dt>API key</dt>
          <dd>
            <span className={p.key.configured ? 'mono' : 'muted'} data-testid="key-status">
              {maskedKey(p.key)}
            </span>
            {p.key.configured && <span className="muted"> · {backendLabel(p.key.backend)}</span>}
          </dd>
        </div>
        <div>
          <dt>{p.fromEnvironment ? 'Source' : 'Added'}</dt>
          <dd className="muted">{p.fromEnvironment ? 'OPENAI_API_KEY / OPENAI_BASE_URL (read-only)' : relativeTime(p.createdAt)}</dd>
        </div>
      </dl>
      <ConnectionResult id={p.id} />
      <ModelListEditor provider={p} />
      <ConfirmDialog
        open={confirming}
        title={`Delete ${p.name}?`}
        confirmLabel="Delete provider"
        busy={removing}
        onConfirm={() => void confirmRemove()}
        onCancel={() => setConfirming(false)}
      >
        The provider and its stored API key are removed from this machine. Default models that use it are cleared. This cannot be undone.
      </ConfirmDialog>
    </article>
  );
}
