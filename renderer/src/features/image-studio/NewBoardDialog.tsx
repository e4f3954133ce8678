import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Modal } from '../../components/Modal';
import { TextField } from '../../components/TextField';
import { useStudioLibrary } from '../../stores/image-studio/library';

/** Names a new board (a collection of images across generations). */
export function NewBoardDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('studio');
  const createBoard = useStudioLibrary((s) => s.createBoard);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const e = await createBoard(name.trim());
    if (e) return setError(e.message);
    setName('');
    setError(null);
    onClose();
  };
  return (
    <Modal
      open={open}
      onClose={onClose}
      size="sm"
      title={t('boards.new')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" disabled={!name.trim()} onClick={() => void save()}>{t('boards.create')}</Button>
        </>
      }
    >
      <TextField label={t('boards.name')} value={name} onChange={setName} error={error} autoFocus />
    </Modal>
  );
}
