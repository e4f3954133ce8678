import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordingView } from '../../../../shared/contract';
import { useTranscriptionDetail } from '../../stores/transcription/detail';
import { AudioPlayer } from './AudioPlayer';
import { findMatches } from './find';
import { FindBar } from './FindBar';
import { SegmentList } from './SegmentList';
import { SpeakerLegend } from './SpeakerLegend';
import { speakerTones } from './speakers';

const NO_NAMES: Record<string, string> = {};

/** Playback, speakers, find, and the segments themselves. */
export function TranscriptTab({ recording }: { recording: RecordingView }) {
  const segments = useTranscriptionDetail((s) => s.detail?.segments ?? []);
  const names = useTranscriptionDetail((s) => s.detail?.speakerNames ?? NO_NAMES);
  const approximate = useTranscriptionDetail((s) => s.detail?.approximateTimes ?? false);
  const { t } = useTranslation('transcription');
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const matches = useMemo(() => findMatches(segments, query), [segments, query]);
  const tones = useMemo(() => speakerTones(segments.map((s) => s.speaker)), [segments]);
  const at = matches.length ? Math.min(current, matches.length - 1) : 0;

  return (
    <div className="tx-transcript">
      <AudioPlayer recordingId={recording.id} durationMs={recording.durationMs} />
      <div className="tx-toolbar">
        <SpeakerLegend segments={segments} names={names} tones={tones} />
        <FindBar
          query={query}
          onQuery={(q) => {
            setQuery(q);
            setCurrent(0);
          }}
          count={matches.length}
          current={at}
          onStep={(d) => matches.length && setCurrent((at + d + matches.length) % matches.length)}
        />
      </div>
      {segments.length === 0 ? (
        <p className="tx-transcript__empty">{t('transcript.empty')}</p>
      ) : (
        <SegmentList segments={segments} names={names} tones={tones} matches={matches} currentMatch={at} approximate={approximate} />
      )}
    </div>
  );
}
