import { useTranslation } from 'react-i18next';
import type { SegmentView } from '../../../../shared/contract';
import { SpeakerChip } from './SpeakerChip';
import { speakerName } from './speakers';
import { TxIcon } from './TxIcon';

/** Everyone who speaks, with how many passages each has; a chip renames that speaker. */
export function SpeakerLegend({ segments, names, tones }: { segments: readonly SegmentView[]; names: Record<string, string>; tones: Record<string, number> }) {
  const { t } = useTranslation('transcription');
  const counts = new Map<string, number>();
  for (const s of segments) if (s.speaker !== null) counts.set(s.speaker, (counts.get(s.speaker) ?? 0) + 1);
  if (counts.size === 0) return null;
  return (
    <div className="tx-legend" role="group" aria-label={t('transcript.speakers')}>
      <TxIcon name="users" size={14} className="tx-legend__icon" />
      {[...counts].map(([label, count]) => (
        <SpeakerChip key={label} label={label} name={speakerName(label, names)} tone={tones[label] ?? 1} count={count} />
      ))}
    </div>
  );
}
