import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Popover } from '../../components/Popover';
import { TextField } from '../../components/TextField';
import { useTranscriptionDetail } from '../../stores/transcription/detail';

export interface RenameSpeakerProps {
  open: boolean;
  onClose: () => void;
  anchor: RefObject<HTMLElement | null>;
  label: string;
  current: string;
}

/** Names a speaker label once; every segment of the transcript (and every export) uses the name. */
export function RenameSpeaker({ open, onClose, anchor, label, current }: RenameSpeakerProps) {
  const renameSpeaker = useTranscriptionDetail((s) => s.renameSpeaker);
  const [name, setName] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { t } = useTranslation('transcription');
  useEffect(() => {
    if (open) {
      setName(current);
      setError(null);
    }
  }, [open, current]);

  const save = async () => {
    const next = name.trim();
    if (!next) return setError(t('transcript.nameMissing'));
    if (next === current) return onClose();
    setSaving(true);
    const r = await renameSpeaker(label, next);
    setSaving(false);
    if (r.ok) onClose();
    else setError(r.error.message);
  };

  return (
    <Popover open={open} onClose={onClose} anchor={anchor} label={t('transcript.rename', { name: current })}>
      <form
        className="tx-rename"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <TextField label={t('transcript.nameFor', { name: current })} value={name} onChange={setName} onFocus={(e) => e.currentTarget.select()} error={error} maxLength={60} help={t('transcript.nameHelp')} />
        <div className="tx-rename__actions">
          <Button size="sm" onClick={onClose}>
            {t('transcript.cancel')}
          </Button>
          <Button size="sm" variant="primary" type="submit" loading={saving}>
            {t('transcript.renameButton')}
          </Button>
        </div>
      </form>
    </Popover>
  );
}
