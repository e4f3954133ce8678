import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Spinner } from '../../components/Spinner';
import { TextField } from '../../components/TextField';
import { clipProblem, useTranscriptionIntake, type KnownSpeaker } from '../../stores/transcription/intake';
import { ACCEPT_ATTRIBUTE } from '../../stores/transcription/media';
import { TxIcon } from './TxIcon';

/** One known speaker: a name and a reference clip of their voice. */
export function SpeakerClipRow({ speaker: s }: { speaker: KnownSpeaker }) {
  const input = useRef<HTMLInputElement>(null);
  const update = useTranscriptionIntake((st) => st.updateSpeaker);
  const remove = useTranscriptionIntake((st) => st.removeSpeaker);
  const problem = s.clip ? clipProblem(s.clip) : null;
  const { t } = useTranslation('transcription');
  const who = s.name || t('speakers.thisSpeaker');
  return (
    <li className="tx-known__row">
      <TextField label={t('speakers.name')} value={s.name} onChange={(name) => update(s.key, { name })} placeholder={t('speakers.namePlaceholder')} maxLength={60} />
      <div className="field tx-known__clip">
        <span className="field__label">{t('speakers.clip')}</span>
        <div className="row">
          <input
            ref={input}
            type="file"
            accept={ACCEPT_ATTRIBUTE}
            className="visually-hidden"
            tabIndex={-1}
            aria-label={t('speakers.clipFor', { name: who })}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) update(s.key, { clip: file });
            }}
          />
          <Button size="sm" icon={<TxIcon name="mic" size={13} />} onClick={() => input.current?.click()}>
            {s.clip ? t('speakers.replace') : t('speakers.choose')}
          </Button>
          {s.clip && (
            <span className="tx-known__file" title={s.clip.file.name}>
              {s.clip.file.name}
              {s.clip.durationMs === undefined ? <Spinner size="sm" /> : typeof s.clip.durationMs === 'number' ? t('speakers.seconds', { value: (s.clip.durationMs / 1000).toFixed(1) }) : ''}
            </span>
          )}
        </div>
        {problem && (
          <p className="field__error" role="alert">
            {problem}
          </p>
        )}
      </div>
      <Button variant="ghost" size="sm" iconOnly aria-label={t('speakers.remove', { name: who })} icon={<TxIcon name="trash" size={13} />} onClick={() => remove(s.key)} />
    </li>
  );
}
