import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCEPT_ATTRIBUTE } from '../../stores/transcription/media';
import { useTranscriptionIntake } from '../../stores/transcription/intake';

let current: HTMLInputElement | null = null;

/** Opens the system file picker for recordings (the one hidden input of the screen). */
export function pickRecordings(): void {
  current?.click();
}

/** The screen's file input: several recordings at once; what is picked goes to the confirm panel. */
export function RecordingInput() {
  const ref = useRef<HTMLInputElement>(null);
  const offer = useTranscriptionIntake((s) => s.offer);
  const { t } = useTranslation('transcription');
  useEffect(() => {
    current = ref.current;
    return () => {
      if (current === ref.current) current = null;
    };
  }, []);
  return (
    <input
      ref={ref}
      type="file"
      multiple
      accept={ACCEPT_ATTRIBUTE}
      className="visually-hidden"
      tabIndex={-1}
      aria-label={t('screen.input')}
      onChange={(e) => {
        const files = [...(e.target.files ?? [])];
        e.target.value = '';
        if (files.length) offer(files);
      }}
    />
  );
}
