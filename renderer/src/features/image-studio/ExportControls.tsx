import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Select } from '../../components/Select';
import type { ExportResult, OutputDetail } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api';

/** Export an approved image: the original untouched plus a sidecar JSON, optionally a local upscale. */
export function ExportControls({ detail }: { detail: OutputDetail }) {
  const { t } = useTranslation('studio');
  const [factor, setFactor] = useState<1 | 2 | 4>(1);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const approved = detail.output.state === 'approved';
  const run = async () => {
    setBusy(true);
    const r = await call('studio.export', { id: detail.output.id, upscale: factor });
    setBusy(false);
    setResult(r.ok ? r.value : null);
    setError(r.ok ? null : r.error);
  };
  return (
    <section className="st-section" aria-label={t('export.title')}>
      <h3>{t('export.title')}</h3>
      {!approved && <p className="st-hint">{t('export.onlyApproved')}</p>}
      <div className="st-export">
        <Select label={t('export.upscale')} value={String(factor)} onChange={(v) => setFactor(Number(v) as 1)} disabled={!approved}>
          <option value="1">{t('export.none')}</option>
          <option value="2">{t('export.local', { factor: 2 })}</option>
          <option value="4">{t('export.local', { factor: 4 })}</option>
        </Select>
        <Button variant="primary" disabled={!approved} loading={busy} onClick={() => void run()}>{t('export.run')}</Button>
      </div>
      {error && <ErrorCallout error={error} />}
      {result && (
        <p className="st-hint" data-testid="export-result">
          {t('export.done', { dir: result.dir, count: result.files.length })}
        </p>
      )}
    </section>
  );
}
