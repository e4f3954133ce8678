import { useState } from 'react';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { toastError, toastSuccess } from '../../stores/toasts';
import { useUsage } from '../../stores/usage';

/** Hands a text file to the browser's download machinery (no navigation, no inline script). */
function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some engines read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the ledger of the chosen period as CSV, one row per attempt. */
export function ExportCsvButton({ disabled }: { disabled?: boolean }) {
  const exportCsv = useUsage((s) => s.exportCsv);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const r = await exportCsv();
    setBusy(false);
    if (!r.ok) return toastError(r.error, 'Could not export the ledger');
    download(r.value.filename, r.value.csv, 'text/csv;charset=utf-8');
    toastSuccess('Ledger exported', r.value.filename);
  };
  return (
    <Button variant="primary" icon={<Icon name="download" size={15} />} loading={busy} disabled={disabled} onClick={() => void run()}>
      Export CSV
    </Button>
  );
}
