import { useTranslation } from 'react-i18next';
import type { RecordingView } from '../../../../shared/contract';
import { Badge } from '../../components/Badge';
import { ExportMenu } from './ExportMenu';
import { bytes, clock, languageName } from './format';
import { useMoney } from './hooks';
import { JobActions } from './JobActions';
import { jobStatus } from './status';
import { useTranscription } from '../../stores/transcription/jobs';
import { useModelLabel } from './useModelLabel';

/** Name, facts and actions of the open recording. */
export function DetailHeader({ recording: r }: { recording: RecordingView }) {
  const money = useMoney();
  const { t } = useTranslation('transcription');
  const queuePaused = useTranscription((s) => s.queuePaused);
  const status = jobStatus(r, queuePaused);
  const modelLabel = useModelLabel(r);
  return (
    <header className="tx-detail__header">
      <div className="tx-detail__title-block">
        <div className="tx-detail__title-row">
          <h2 className="tx-detail__title" title={`${r.name} · ${bytes(r.bytes)}`}>
            {r.name}
          </h2>
          <Badge tone={status.tone}>{t(`detail.badge.${r.state}`)}</Badge>
        </div>
        <p className="tx-detail__facts">
          <span>{r.durationMs !== null ? clock(r.durationMs) : t('detail.lengthUnknown')}</span>
          <span>{modelLabel}</span>
          <span>{languageName(r.language)}</span>
          <span>
            {r.state !== 'done' && r.estimateMicros !== null ? t('detail.costOf', { cost: money(r.costMicros), estimate: money(r.estimateMicros) }) : money(r.costMicros)}
          </span>
        </p>
      </div>
      <div className="tx-detail__actions">
        {r.state === 'done' && <ExportMenu recording={r} />}
        <JobActions recording={r} labels />
      </div>
    </header>
  );
}
