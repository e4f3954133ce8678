import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { mediaUrl } from '../../api';
import { useTranscriptionPlayer } from '../../stores/transcription/player';
import { clock } from './format';
import { TxIcon } from './TxIcon';

const RATES = [0.75, 1, 1.25, 1.5, 2];
const SKIP_MS = 10_000;

/** Plays the original recording; the transcript follows its position and can ask it to play from a segment. */
export function AudioPlayer({ recordingId, durationMs }: { recordingId: string; durationMs: number | null }) {
  const ref = useRef<HTMLAudioElement>(null);
  const [pos, setPos] = useState(0);
  const [length, setLength] = useState(durationMs ?? 0);
  const [playing, setPlaying] = useState(false);
  const [rate, setRate] = useState(1);
  const [failed, setFailed] = useState(false);
  const { t } = useTranslation('transcription');

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const { attach, detach, report } = useTranscriptionPlayer.getState();
    attach(recordingId, {
      seek(ms, play) {
        el.currentTime = ms / 1000;
        setPos(ms);
        report(ms, !el.paused || play);
        if (play) void el.play().catch(() => undefined);
      },
      toggle() {
        if (el.paused) void el.play().catch(() => undefined);
        else el.pause();
      },
    });
    // timeupdate comes about four times a second; a frame loop keeps the highlight in step while playing.
    let frame = 0;
    let last = -1;
    const tick = () => {
      const ms = Math.round(el.currentTime * 1000);
      if (Math.abs(ms - last) >= 100) {
        last = ms;
        setPos(ms);
        report(ms, !el.paused);
      }
      if (!el.paused) frame = requestAnimationFrame(tick);
    };
    const onPlay = () => {
      setPlaying(true);
      frame = requestAnimationFrame(tick);
    };
    const onPause = () => {
      setPlaying(false);
      cancelAnimationFrame(frame);
      tick();
    };
    el.addEventListener('play', onPlay);
    el.addEventListener('pause', onPause);
    el.addEventListener('seeked', tick);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('play', onPlay);
      el.removeEventListener('pause', onPause);
      el.removeEventListener('seeked', tick);
      el.pause();
      detach(recordingId);
    };
  }, [recordingId]);

  const seek = (ms: number) => useTranscriptionPlayer.getState().controls?.seek(Math.max(0, Math.min(length || ms, ms)), playing);

  return (
    <div className="tx-player" role="group" aria-label={t('player.label')}>
      <audio
        ref={ref}
        src={mediaUrl('recording', recordingId)}
        preload="metadata"
        onLoadedMetadata={(e) => Number.isFinite(e.currentTarget.duration) && setLength(Math.round(e.currentTarget.duration * 1000))}
        onError={() => setFailed(true)}
      />
      <Button
        variant="primary"
        iconOnly
        className="tx-player__play"
        aria-label={playing ? t('player.pause') : t('player.play')}
        disabled={failed}
        icon={<TxIcon name={playing ? 'pause' : 'play'} size={15} />}
        onClick={() => useTranscriptionPlayer.getState().controls?.toggle()}
      />
      <Button variant="ghost" size="sm" iconOnly aria-label={t('player.back')} title={t('player.backTitle')} disabled={failed} icon={<TxIcon name="rewind" size={14} />} onClick={() => seek(pos - SKIP_MS)} />
      <Button variant="ghost" size="sm" iconOnly aria-label={t('player.forward')} title={t('player.forwardTitle')} disabled={failed} icon={<TxIcon name="forward" size={14} />} onClick={() => seek(pos + SKIP_MS)} />
      <span className="tx-player__time" aria-live="off">
        {clock(pos)} <span className="tx-player__sep">/</span> {clock(length)}
      </span>
      <input
        type="range"
        className="tx-player__seek"
        aria-label={t('player.position')}
        aria-valuetext={clock(pos)}
        min={0}
        max={Math.max(1, length)}
        step={100}
        value={Math.min(pos, Math.max(1, length))}
        disabled={failed}
        onChange={(e) => seek(Number(e.target.value))}
        style={{ ['--fill' as string]: `${length ? (pos / length) * 100 : 0}%` }}
      />
      <select
        className="select tx-player__rate"
        aria-label={t('player.speed')}
        value={rate}
        onChange={(e) => {
          const next = Number(e.target.value);
          setRate(next);
          if (ref.current) ref.current.playbackRate = next;
        }}
      >
        {RATES.map((r) => (
          <option key={r} value={r}>
            {r}×
          </option>
        ))}
      </select>
      {failed && <span className="tx-player__error">{t('player.failed')}</span>}
    </div>
  );
}
