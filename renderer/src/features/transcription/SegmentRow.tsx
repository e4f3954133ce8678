import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentView } from '../../../../shared/contract';
import { Button } from '../../components/Button';
import { cx } from '../../lib/cx';
import { useTranscriptionDetail } from '../../stores/transcription/detail';
import { useTranscriptionPlayer } from '../../stores/transcription/player';
import { splitByRanges } from './find';
import { clock } from './format';
import { MoveSpeakerMenu } from './MoveSpeakerMenu';
import { SegmentEditor } from './SegmentEditor';
import { SpeakerChip } from './SpeakerChip';
import { TxIcon } from './TxIcon';

export interface SegmentRowProps {
  segment: SegmentView;
  /** Set when the speaker changes here (the chip opens a new passage). */
  speaker: { label: string; name: string; tone: number } | null;
  playing: boolean;
  flash: boolean;
  ranges: readonly { start: number; end: number; current: boolean }[];
  /** Every speaker in the transcript, for "move to speaker…". */
  speakers: readonly { label: string; name: string }[];
  /** The time is an estimate (the model gave none). */
  approximate: boolean;
}

/** One timed passage: its time (plays from there), speaker, and text that can be corrected in place. */
export const SegmentRow = memo(function SegmentRow({ segment: s, speaker, playing, flash, ranges, speakers, approximate }: SegmentRowProps) {
  const { t } = useTranslation('transcription');
  const [editing, setEditing] = useState(false);
  const playFrom = () => useTranscriptionPlayer.getState().playFrom(s.startMs);
  const at = clock(s.startMs);
  return (
    <li className={cx('tx-seg', speaker && 'tx-seg--turn', playing && 'is-playing', flash && 'is-flash', editing && 'is-editing')} data-idx={s.idx} aria-current={playing || undefined}>
      <button type="button" className="tx-seg__time" aria-label={t('transcript.playFrom', { at })} title={approximate ? t('segment.approximate') : undefined} onClick={playFrom}>
        {approximate ? `~${at}` : at}
      </button>
      <div className="tx-seg__body">
        {speaker && (
          <div className="tx-seg__speaker">
            <SpeakerChip label={speaker.label} name={speaker.name} tone={speaker.tone} />
          </div>
        )}
        {editing ? (
          <SegmentEditor
            text={s.text}
            label={t('transcript.textAt', { at })}
            onCancel={() => setEditing(false)}
            onSave={(text) => {
              setEditing(false);
              void useTranscriptionDetail.getState().editSegment(s.idx, text);
            }}
          />
        ) : (
          <p className="tx-seg__text" onClick={playFrom} onDoubleClick={() => setEditing(true)}>
            {ranges.length === 0
              ? s.text
              : splitByRanges(s.text, ranges).map((p, i) => (p.mark ? <mark key={i} className={cx('tx-mark', p.current && 'is-current')}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
          </p>
        )}
      </div>
      {!editing && (
        <div className="tx-seg__tools">
          <MoveSpeakerMenu idx={s.idx} current={s.speaker} speakers={speakers} at={at} />
          <Button variant="ghost" size="sm" iconOnly className="tx-seg__edit" aria-label={t('transcript.editAt', { at })} title={t('transcript.editTitle')} icon={<TxIcon name="edit" size={14} />} onClick={() => setEditing(true)} />
        </div>
      )}
    </li>
  );
});

