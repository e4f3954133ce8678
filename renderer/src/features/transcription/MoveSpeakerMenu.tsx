import { useTranslation } from 'react-i18next';
import { Menu, type MenuItem } from '../../components/Menu';
import { useTranscriptionDetail } from '../../stores/transcription/detail';
import { newSpeakerLabel } from './speakers';
import { TxIcon } from './TxIcon';

export interface MoveSpeakerMenuProps {
  idx: number;
  /** This segment's speaker label, if any. */
  current: string | null;
  /** Every speaker in the transcript, in order of appearance. */
  speakers: readonly { label: string; name: string }[];
  /** The segment's time, for the button's name ("Change the speaker at 1:02"). */
  at: string;
}

/** "Move this segment to speaker…": one passage to another person, without renaming that speaker everywhere. */
export function MoveSpeakerMenu({ idx, current, speakers, at }: MoveSpeakerMenuProps) {
  const { t } = useTranslation('transcription');
  const move = useTranscriptionDetail((s) => s.moveSegment);
  const items: MenuItem[] = speakers
    .filter((s) => s.label !== current)
    .map((s) => ({ label: t('segment.moveTo', { name: s.name }), onSelect: () => void move(idx, s.label) }));
  items.push({ label: t('segment.newSpeaker'), onSelect: () => void move(idx, newSpeakerLabel(speakers.map((s) => s.label))) });
  return (
    <Menu label={t('segment.speakerMenu', { at })} items={items} className="tx-seg__move">
      <TxIcon name="users" size={14} />
    </Menu>
  );
}
