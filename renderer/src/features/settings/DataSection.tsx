import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/errors';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Callout } from '../../components/Callout';
import { Card } from '../../components/Card';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Icon } from '../../components/Icon';
import { Section } from '../../components/Section';
import { Skeleton } from '../../components/Skeleton';
import { TextField } from '../../components/TextField';
import { useData } from '../../stores/settings/data';
import { toastSuccess } from '../../stores/shell/toasts';
import '../../styles/usage-settings.css';

export function DataSection() {
  const { t } = useTranslation('settings');
  const location = useData((s) => s.location);
  const relocate = useData((s) => s.relocate);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const r = await relocate(path);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setPath('');
    toastSuccess(t('data.copied'), t('data.copiedBody', { path: r.value.pending ?? path }));
  };
  const pathError = error?.details?.field === 'path' ? error.message : null;

  return (
    <Section title={t('data.title')} description={t('data.description')}>
      <Card>
        {location ? (
          <div className="stack">
            <div className="data-path">
              <Icon name="folder" size={18} />
              <code className="data-path__value" data-testid="data-dir">
                {location.current}
              </code>
              <Badge>{location.isDefault ? t('data.defaultLocation') : t('data.customLocation')}</Badge>
            </div>
            {location.pending && (
              <Callout title={t('data.movingTitle')}>
                {t('data.movingBefore')} <code>{location.pending}</code>{t('data.movingAfter')}
              </Callout>
            )}
          </div>
        ) : (
          <Skeleton height={32} />
        )}
      </Card>
      <Card title={t('data.moveTitle')} description={t('data.moveDescription')}>
        {location?.fromEnvironment && (
          // The form stays usable and the core still refuses with its own message; this says why up front.
          <Callout title={t('data.envTitle')} className="data-env-note">
            {t('data.envBefore')} <code>ATELIER_DATA_DIR</code> {t('data.envAfter')}
          </Callout>
        )}
        <form className="relocate-form" onSubmit={(e) => void submit(e)}>
          <TextField
            label={t('data.newFolder')}
            value={path}
            onChange={(v) => {
              setPath(v);
              setError(null);
            }}
            mono
            placeholder="/home/you/Atelier"
            error={pathError}
            help={t('data.newFolderHelp')}
          />
          <Button type="submit" loading={busy} disabled={!path.trim()}>
            {t('data.move')}
          </Button>
        </form>
        {error && !pathError && (
          <div style={{ marginTop: 12 }}>
            <ErrorCallout error={error} />
          </div>
        )}
      </Card>
    </Section>
  );
}
