import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorCallout } from '../../components/ErrorCallout';
import { NumberField } from '../../components/NumberField';
import { Section } from '../../components/Section';
import { TextField } from '../../components/TextField';
import { formatNumber } from '../../i18n/format';
import { useChatCurrency } from '../../stores/chat/currency';
import { useStudioLibrary, watchStudioLibrary } from '../../stores/image-studio/library';
import { toastSuccess } from '../../stores/shell/toasts';

const mb = (bytes: number) => `${formatNumber(bytes / 1048576, { maximumFractionDigits: 1 })} MB`;

/** Reviewer name, the confirmation threshold, purge age, and the studio's disk use by storage tier. */
export function StudioSection() {
  const { t } = useTranslation('studio');
  const settings = useStudioLibrary((s) => s.settings);
  const storage = useStudioLibrary((s) => s.storage);
  const update = useStudioLibrary((s) => s.updateSettings);
  const purge = useStudioLibrary((s) => s.purge);
  const currency = useChatCurrency((s) => s.currency);
  const [reviewer, setReviewer] = useState('');
  const [threshold, setThreshold] = useState('');
  const [days, setDays] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [purgeCount, setPurgeCount] = useState<number | null>(null);
  useEffect(() => watchStudioLibrary(), []);
  useEffect(() => {
    if (!settings) return;
    setReviewer(settings.reviewerName);
    setThreshold(String((settings.confirmAboveMicros / 1e6) * currency.rate));
    setDays(String(settings.purgeAfterDays));
  }, [settings, currency.rate]);
  const save = async () => {
    const e = await update({
      reviewerName: reviewer.trim(),
      confirmAboveMicros: Math.max(0, Math.round(((Number(threshold) || 0) / currency.rate) * 1e6)),
      purgeAfterDays: Math.max(1, Math.round(Number(days) || 30)),
    });
    setError(e);
    if (!e) toastSuccess(t('settings.title'));
  };
  const n = Number(days) || 30;
  return (
    <Section title={t('settings.title')} description={t('settings.description')}>
      <Card>
        <div className="stack">
          <TextField label={t('settings.reviewer')} value={reviewer} onChange={setReviewer} help={t('settings.reviewerHelp')} />
          <NumberField label={t('settings.threshold')} prefix={currency.symbol} value={threshold} onChange={setThreshold} min={0} />
          <NumberField label={t('settings.purgeDays')} value={days} onChange={setDays} min={1} />
          {error && <ErrorCallout error={error} />}
          <div>
            <Button variant="primary" onClick={() => void save()}>{t('settings.save')}</Button>
          </div>
        </div>
      </Card>
      <Card>
        <div className="stack">
          <strong>{t('settings.disk')}</strong>
          {storage && (
            <p className="st-hint" data-testid="studio-disk">
              {t('settings.diskLine', { originals: mb(storage.originals), previews: mb(storage.previews), thumbs: mb(storage.thumbs), files: storage.files })}
            </p>
          )}
          <div>
            <Button variant="danger-ghost" onClick={() => void purge(n, true).then((c) => setPurgeCount(c))}>{t('settings.purge')}</Button>
          </div>
        </div>
      </Card>
      <ConfirmDialog
        open={purgeCount !== null}
        title={t('settings.purgeTitle')}
        confirmLabel={t('settings.purgeConfirm')}
        onCancel={() => setPurgeCount(null)}
        onConfirm={() =>
          void (purgeCount ? purge(n, false) : Promise.resolve(0)).then((c) => {
            setPurgeCount(null);
            if (c) toastSuccess(t('settings.purged', { count: c }));
          })
        }
      >
        <p>{purgeCount ? t('settings.purgeBody', { count: purgeCount, days: n }) : t('settings.purgeNone', { days: n })}</p>
      </ConfirmDialog>
    </Section>
  );
}
