import { useRef } from 'react';
import { Button } from '../../components/Button';
import { Spinner } from '../../components/Spinner';
import { TextField } from '../../components/TextField';
import { clipProblem, useTranscriptionIntake, type KnownSpeaker } from '../../stores/transcriptionIntake';
import { ACCEPT_ATTRIBUTE } from '../../stores/transcriptionMedia';
import { TxIcon } from './TxIcon';

/** One known speaker: a name and a reference clip of their voice. */
export function SpeakerClipRow({ speaker: s }: { speaker: KnownSpeaker }) {
  const input = useRef<HTMLInputElement>(null);
  const update = useTranscriptionIntake((st) => st.updateSpeaker);
  const remove = useTranscriptionIntake((st) => st.removeSpeaker);
  const problem = s.clip ? clipProblem(s.clip) : null;
  return (
    <li className="tx-known__row">
      <TextField label="Name" value={s.name} onChange={(name) => update(s.key, { name })} placeholder="e.g. Ana Lima" maxLength={60} />
      <div className="field tx-known__clip">
        <span className="field__label">Reference clip</span>
        <div className="row">
          <input
            ref={input}
            type="file"
            accept={ACCEPT_ATTRIBUTE}
            className="visually-hidden"
            tabIndex={-1}
            aria-label={`Reference clip for ${s.name || 'this speaker'}`}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) update(s.key, { clip: file });
            }}
          />
          <Button size="sm" icon={<TxIcon name="mic" size={13} />} onClick={() => input.current?.click()}>
            {s.clip ? 'Replace clip' : 'Choose clip'}
          </Button>
          {s.clip && (
            <span className="tx-known__file" title={s.clip.file.name}>
              {s.clip.file.name}
              {s.clip.durationMs === undefined ? <Spinner size="sm" /> : typeof s.clip.durationMs === 'number' ? ` · ${(s.clip.durationMs / 1000).toFixed(1)} s` : ''}
            </span>
          )}
        </div>
        {problem && (
          <p className="field__error" role="alert">
            {problem}
          </p>
        )}
      </div>
      <Button variant="ghost" size="sm" iconOnly aria-label={`Remove ${s.name || 'this speaker'}`} icon={<TxIcon name="trash" size={13} />} onClick={() => remove(s.key)} />
    </li>
  );
}
