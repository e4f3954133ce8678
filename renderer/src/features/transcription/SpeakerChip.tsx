import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from '../../lib/cx';
import { RenameSpeaker } from './RenameSpeaker';

export interface SpeakerChipProps {
  label: string;
  name: string;
  tone: number;
  /** Shown after the name in the legend (how often the speaker talks). */
  count?: number;
}

/** A speaker's name in their colour; clicking it renames that label across the whole transcript. */
export function SpeakerChip({ label, name, tone, count }: SpeakerChipProps) {
  const ref = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const { t } = useTranslation('transcription');
  return (
    <>
      <button
        ref={ref}
        type="button"
        className={cx('tx-speaker', `tx-speaker--${tone}`)}
        aria-haspopup="dialog"
        aria-expanded={open}
        title={t('transcript.renameTitle', { name })}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="tx-speaker__dot" aria-hidden="true" />
        <span className="tx-speaker__name">{name}</span>
        {count !== undefined && <span className="tx-speaker__count">{count}</span>}
      </button>
      <RenameSpeaker open={open} onClose={() => setOpen(false)} anchor={ref} label={label} current={name} />
    </>
  );
}
