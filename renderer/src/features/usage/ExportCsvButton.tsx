import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { toastError, toastSuccess } from '../../stores/shell/toasts';
import { useUsage } from '../../stores/usage/usage';
import { downloadFile } from '../../lib/download';

/** Downloads the ledger of the chosen period as CSV, one row per attempt. */
export function ExportCsvButton({ disabled }: { disabled?: boolean }) {
  const { t } = useTranslation('usage');
  const exportCsv = useUsage((s) => s.exportCsv);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const r = await exportCsv();
    setBusy(false);
    if (!r.ok) return toastError(r.error, t('csv.failed'));
    downloadFile({ filename: r.value.filename, mime: 'text/csv;charset=utf-8', content: r.value.csv });
    toastSuccess(t('csv.exported'), r.value.filename);
  };
  return (
    <Button variant="primary" icon={<Icon name="download" size={15} />} loading={busy} disabled={disabled} onClick={() => void run()}>
      {t('csv.export')}
    </Button>
  );
}
