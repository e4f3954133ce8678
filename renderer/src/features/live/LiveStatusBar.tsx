import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { useLive } from '../../stores/live/live';
import { clock } from '../transcription/format';
import { useMoney } from '../transcription/hooks';
import { TxIcon } from '../transcription/TxIcon';
import { LevelMeter } from './LevelMeter';

const LINK_TONE = { connecting: 'is-pending', live: 'is-live', reconnecting: 'is-warn', off: 'is-off' } as const;

/** While recording: time, level, the captions' connection, latency, cost so far, pause and stop. */
export const LiveStatusBar = memo(function LiveStatusBar() {
  const { t } = useTranslation('live');
  const money = useMoney();
  const status = useLive((s) => s.status);
  const phase = useLive((s) => s.phase);
  const attached = useLive((s) => s.attached);
  const latency = useLive((s) => s.latencyMs);
  if (!status) return null;
  const paused = status.state === 'paused';
  // Picked up after a reload with no window sending audio: the meeting is on, but nothing is being recorded.
  const idle = !paused && !attached && !status.capturing;
  return (
    <div className="live-bar" data-testid="live-bar" data-link={status.link}>
      <div className="live-bar__rec">
        <span className={paused || idle ? 'live-dot is-paused' : 'live-dot'} aria-hidden />
        <span className="live-bar__state">{paused ? t('paused') : idle ? t('noAudio') : t('recording')}</span>
        <span className="live-bar__time" data-testid="live-time">{clock(status.recordedMs)}</span>
        <LevelMeter />
      </div>
      <div className="live-bar__meta">
        <span className={`live-link ${LINK_TONE[status.link]}`} data-testid="live-link" title={status.linkMessage ?? undefined}>
          <span className="live-link__dot" aria-hidden />
          {t(`link.${status.link}`)}
          {status.reconnects > 0 && <span className="live-link__count">{t('reconnects', { count: status.reconnects })}</span>}
        </span>
        <span className="live-bar__figure" data-testid="live-latency">{latency === null ? t('latencyNone') : t('latency', { ms: latency })}</span>
        <span
          className="live-bar__figure"
          data-testid="live-cost"
          title={t('costHelp', { model: status.liveModel, perMinute: status.perMinuteMicros === null ? '?' : money(status.perMinuteMicros) })}
        >
          {t('cost', { cost: money(status.costMicros), minutes: (status.liveMs / 60_000).toFixed(1) })}
        </span>
      </div>
      <div className="live-bar__actions">
        <Button icon={<TxIcon name={paused ? 'play' : 'pause'} size={14} />} onClick={() => void useLive.getState().togglePause()} disabled={phase !== 'recording'}>
          {paused ? t('resume') : t('pause')}
        </Button>
        <Button variant="danger" loading={phase === 'stopping'} onClick={() => void useLive.getState().stop()} data-testid="live-stop">
          {phase === 'stopping' ? t('stopping') : t('stop')}
        </Button>
      </div>
    </div>
  );
});
