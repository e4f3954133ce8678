import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { toastError, toastSuccess } from '../../stores/shell/toasts';
import { useUsage } from '../../stores/usage/usage';

/** Empties the response cache after asking; what the cache already saved stays in the ledger. */
export function ClearCacheButton({ variant = 'secondary' }: { variant?: 'secondary' | 'ghost' }) {
  const { t } = useTranslation('usage');
  const clearCache = useUsage((s) => s.clearCache);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    const r = await clearCache();
    setBusy(false);
    if (!r.ok) return toastError(r.error, t('cache.failed'));
    setOpen(false);
    toastSuccess(t('cache.cleared'), r.value.removed > 0 ? t('cache.removed', { count: r.value.removed }) : t('cache.alreadyEmpty'));
  };
  return (
    <>
      <Button variant={variant} icon={<Icon name="trash" size={14} />} onClick={() => setOpen(true)}>
        {t('cache.clear')}
      </Button>
      <ConfirmDialog open={open} title={t('cache.confirmTitle')} confirmLabel={t('cache.clear')} busy={busy} onConfirm={() => void confirm()} onCancel={() => setOpen(false)}>
        {t('cache.confirm')}
      </ConfirmDialog>
    </>
  );
}
