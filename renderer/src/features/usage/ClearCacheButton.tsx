import { useState } from 'react';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { plural } from '../../lib/format';
import { toastError, toastSuccess } from '../../stores/toasts';
import { useUsage } from '../../stores/usage';

/** Empties the response cache after asking; what the cache already saved stays in the ledger. */
export function ClearCacheButton({ variant = 'secondary' }: { variant?: 'secondary' | 'ghost' }) {
  const clearCache = useUsage((s) => s.clearCache);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    const r = await clearCache();
    setBusy(false);
    if (!r.ok) return toastError(r.error, 'Could not clear the cache');
    setOpen(false);
    toastSuccess('Cache cleared', r.value.removed > 0 ? `${plural(r.value.removed, 'cached answer')} removed.` : 'It was already empty.');
  };
  return (
    <>
      <Button variant={variant} icon={<Icon name="trash" size={14} />} onClick={() => setOpen(true)}>
        Clear cache
      </Button>
      <ConfirmDialog open={open} title="Clear the response cache?" confirmLabel="Clear cache" busy={busy} onConfirm={() => void confirm()} onCancel={() => setOpen(false)}>
        Every cached answer is deleted, so asking the same thing again calls the provider and costs money. Savings already recorded in the ledger stay.
      </ConfirmDialog>
    </>
  );
}
