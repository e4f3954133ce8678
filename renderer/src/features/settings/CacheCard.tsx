import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { PipelineConfig } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorCallout } from '../../components/ErrorCallout';
import { NumberField } from '../../components/NumberField';
import { Switch } from '../../components/Switch';
import { usePipeline } from '../../stores/settings/pipeline';
import { toastSuccess } from '../../stores/shell/toasts';
import { ClearCacheButton } from '../usage/ClearCacheButton';
import { fieldUnder } from './policy-draft';

const MB = 1024 * 1024;
const HOUR_MS = 3_600_000;
const round2 = (n: number) => String(Math.round(n * 100) / 100);

/** Response cache: on/off, size cap and how long answers are kept (scenes may override the last two). */
export function CacheCard({ config }: { config: PipelineConfig }) {
  const { t } = useTranslation('settings');
  const update = usePipeline((s) => s.update);
  const saved = config.cache;
  const [enabled, setEnabled] = useState(saved.enabled);
  const [sizeMb, setSizeMb] = useState(round2(saved.maxBytes / MB));
  const [ttlHours, setTtlHours] = useState(round2(saved.defaultTtlMs / HOUR_MS));
  const [errors, setErrors] = useState<{ size?: string; ttl?: string }>({});
  const [coreError, setCoreError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = enabled !== saved.enabled || sizeMb !== round2(saved.maxBytes / MB) || ttlHours !== round2(saved.defaultTtlMs / HOUR_MS);

  const save = async () => {
    const size = Number(sizeMb);
    const ttl = Number(ttlHours);
    const found: typeof errors = {};
    if (!(Number.isFinite(size) && size >= 1)) found.size = t('cacheCard.sizeError');
    if (!(Number.isFinite(ttl) && ttl > 0)) found.ttl = t('cacheCard.ttlError');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setCoreError(null);
    const r = await update({ cache: { enabled, maxBytes: Math.round(size * MB), defaultTtlMs: Math.round(ttl * HOUR_MS) } });
    setBusy(false);
    if (r.ok) return toastSuccess(t('cacheCard.saved'));
    const field = fieldUnder(r.error, 'cache');
    if (field === 'maxBytes') setErrors({ size: r.error.message });
    else if (field === 'defaultTtlMs') setErrors({ ttl: r.error.message });
    else setCoreError(r.error);
  };

  return (
    <Card
      title={t('cacheCard.title')}
      description={t('cacheCard.description')}
      actions={<ClearCacheButton variant="ghost" />}
      footer={
        dirty ? (
          <>
            <Button
              onClick={() => {
                setEnabled(saved.enabled);
                setSizeMb(round2(saved.maxBytes / MB));
                setTtlHours(round2(saved.defaultTtlMs / HOUR_MS));
                setErrors({});
              }}
            >
              {t('cacheCard.discard')}
            </Button>
            <Button variant="primary" loading={busy} onClick={() => void save()}>
              {t('cacheCard.save')}
            </Button>
          </>
        ) : undefined
      }
    >
      <div className="stack">
        <Switch label={t('cacheCard.reuse')} description={t('cacheCard.reuseHelp')} checked={enabled} onChange={setEnabled} />
        <div className="cache-form">
          <NumberField label={t('cacheCard.largest')} unit="MB" min={1} value={sizeMb} onChange={setSizeMb} error={errors.size} help={t('cacheCard.largestHelp')} disabled={!enabled} />
          <NumberField label={t('cacheCard.keepFor')} unit={t('cacheCard.hours')} min={0} value={ttlHours} onChange={setTtlHours} error={errors.ttl} help={t('cacheCard.keepForHelp')} disabled={!enabled} />
        </div>
        {coreError && <ErrorCallout error={coreError} />}
      </div>
    </Card>
  );
}
