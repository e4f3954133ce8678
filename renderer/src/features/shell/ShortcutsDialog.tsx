import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';
import { useApp } from '../../stores/shell/app';
import { ShortcutList } from './ShortcutList';

export function ShortcutsDialog() {
  const open = useApp((s) => s.shortcutsOpen);
  const setOpen = useApp((s) => s.setShortcutsOpen);
  const { t } = useTranslation('shell');
  return (
    <Modal open={open} onClose={() => setOpen(false)} title={t('shortcutsDialog.title')} description={t('shortcutsDialog.description')} size="sm">
      <ShortcutList />
    </Modal>
  );
}
