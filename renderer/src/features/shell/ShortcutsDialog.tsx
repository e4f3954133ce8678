import { Modal } from '../../components/Modal';
import { useApp } from '../../stores/app';
import { ShortcutList } from './ShortcutList';

export function ShortcutsDialog() {
  const open = useApp((s) => s.shortcutsOpen);
  const setOpen = useApp((s) => s.setShortcutsOpen);
  return (
    <Modal open={open} onClose={() => setOpen(false)} title="Keyboard shortcuts" description="Work without reaching for the mouse." size="sm">
      <ShortcutList />
    </Modal>
  );
}
