import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentView } from '../../../../shared/contract';
import { useTranscriptionDetail } from '../../stores/transcription/detail';
import { useTranscriptionPlayer } from '../../stores/transcription/player';
import { segmentAt, type Match } from './find';
import { SegmentRow } from './SegmentRow';
import { speakerName } from './speakers';

export interface SegmentListProps {
  segments: readonly SegmentView[];
  names: Record<string, string>;
  tones: Record<string, number>;
  matches: readonly Match[];
  currentMatch: number;
  /** Times are estimates (the model gave none): shown as "~0:12". */
  approximate?: boolean;
}

const NONE: readonly { start: number; end: number; current: boolean }[] = [];
/** After the reader scrolls by hand, playback stops pulling the view along for this long. */
const HANDS_OFF_MS = 4000;

/** Brings a row into view unless it is already fully visible. */
function reveal(list: HTMLElement | null, idx: number, smooth: boolean): HTMLElement | null {
  const row = list?.querySelector<HTMLElement>(`[data-idx="${idx}"]`) ?? null;
  const box = list?.parentElement;
  if (!row || !box) return row;
  const r = row.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  if (r.top < b.top + 8 || r.bottom > b.bottom - 8) row.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  return row;
}

/** The transcript: follows playback, marks find matches, and brings a search hit into view. */
export function SegmentList({ segments, names, tones, matches, currentMatch, approximate = false }: SegmentListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const handsOffUntil = useRef(0);
  const handledFocus = useRef(0);
  const playingRow = useTranscriptionPlayer((s) => segmentAt(segments, s.currentMs));
  const isPlaying = useTranscriptionPlayer((s) => s.playing);
  const focus = useTranscriptionDetail((s) => s.focus);
  const [flashIdx, setFlashIdx] = useState<number | null>(null);
  const { t } = useTranslation('transcription');

  const rangesByRow = useMemo(() => {
    const map = new Map<number, { start: number; end: number; current: boolean }[]>();
    matches.forEach((m, i) => {
      const list = map.get(m.row) ?? [];
      list.push({ start: m.start, end: m.end, current: i === currentMatch });
      map.set(m.row, list);
    });
    return map;
  }, [matches, currentMatch]);

  // Playback pulls the current passage into view, unless the reader is scrolling on their own.
  useEffect(() => {
    if (!isPlaying || playingRow < 0 || Date.now() < handsOffUntil.current) return;
    const s = segments[playingRow];
    if (s && !listRef.current?.querySelector('.is-editing')) reveal(listRef.current, s.idx, true);
  }, [playingRow, isPlaying, segments]);

  // The current find match.
  useEffect(() => {
    const m = matches[currentMatch];
    const s = m ? segments[m.row] : undefined;
    if (s) reveal(listRef.current, s.idx, false);
  }, [matches, currentMatch, segments]);

  // A search hit: show it, light it up briefly, and cue the player there.
  useEffect(() => {
    if (!focus || focus.nonce === handledFocus.current) return;
    const s = segments.find((x) => x.idx === focus.idx);
    if (!s) return;
    handledFocus.current = focus.nonce;
    reveal(listRef.current, s.idx, false);
    setFlashIdx(s.idx);
    useTranscriptionPlayer.getState().cue(s.startMs);
    setTimeout(() => setFlashIdx((f) => (f === s.idx ? null : f)), 2400);
  }, [focus, segments]);

  const speakers = useMemo(() => Object.keys(tones).map((label) => ({ label, name: speakerName(label, names) })), [tones, names]);

  const handsOff = () => {
    handsOffUntil.current = Date.now() + HANDS_OFF_MS;
  };

  return (
    <div className="tx-segments" onWheel={handsOff} onTouchMove={handsOff}>
      <ol ref={listRef} className="tx-segments__list" aria-label={t('transcript.label')}>
        {segments.map((s, row) => {
          const turn = s.speaker !== null && (row === 0 || segments[row - 1]!.speaker !== s.speaker);
          return (
            <SegmentRow
              key={s.idx}
              segment={s}
              speaker={turn ? { label: s.speaker!, name: speakerName(s.speaker!, names), tone: tones[s.speaker!] ?? 1 } : null}
              playing={row === playingRow}
              flash={flashIdx === s.idx}
              ranges={rangesByRow.get(row) ?? NONE}
              speakers={speakers}
              approximate={approximate}
            />
          );
        })}
      </ol>
    </div>
  );
}
