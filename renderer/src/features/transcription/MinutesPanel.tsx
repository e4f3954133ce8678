import { Trans, useTranslation } from 'react-i18next';
import type { RecordingView } from '../../../../shared/contract';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { Menu } from '../../components/Menu';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Spinner } from '../../components/Spinner';
import { relativeTime } from '../../lib/format';
import { toastSuccess } from '../../stores/shell/toasts';
import { useTranscriptionDetail } from '../../stores/transcription/detail';
import { useMoney } from './hooks';
import { MinutesText } from './MinutesText';
import { TxIcon } from './TxIcon';

/** Meeting minutes from the transcript: one button to write them, the Markdown, and a way to write them again. */
export function MinutesPanel({ recording: r }: { recording: RecordingView }) {
  const minutes = useTranscriptionDetail((s) => (s.detail?.recording.id === r.id ? s.detail.minutes : null));
  const busy = useTranscriptionDetail((s) => Boolean(s.minutesBusy[r.id]));
  const error = useTranscriptionDetail((s) => s.minutesError[r.id] ?? null);
  const write = useTranscriptionDetail((s) => s.writeMinutes);
  const money = useMoney();
  const { t } = useTranslation('transcription');
  const exporting = useTranscriptionDetail((s) => s.exporting);
  const exportAs = useTranscriptionDetail((s) => s.exportAs);

  if (busy) {
    return (
      <div className="tx-minutes tx-minutes--busy" role="status" aria-live="polite">
        <Spinner size="lg" />
        <p className="tx-minutes__busy-title">{minutes ? t('minutesPanel.rewriting') : t('minutesPanel.writing')}</p>
        <p className="tx-minutes__busy-text">{t('minutesPanel.busyText')}</p>
      </div>
    );
  }
  const errorBox = error && <ErrorCallout error={error} actions={<Button size="sm" onClick={() => void write(r.id)}>{t('minutesPanel.tryAgain')}</Button>} />;
  if (!minutes) {
    return (
      <div className="tx-minutes">
        {errorBox}
        <EmptyState
          icon="sparkles"
          title={t('minutesPanel.emptyTitle')}
          description={t('minutesPanel.emptyText')}
          actions={
            <Button variant="primary" icon={<TxIcon name="sparkles" size={15} />} onClick={() => void write(r.id)}>
              {t('minutesPanel.write')}
            </Button>
          }
        />
      </div>
    );
  }
  return (
    <div className="tx-minutes">
      {errorBox}
      <div className="tx-minutes__bar">
        <p className="tx-minutes__meta">
          <Trans t={t} i18nKey="minutesPanel.writtenBy" values={{ model: minutes.model, when: relativeTime(minutes.createdAt), cost: money(minutes.costMicros) }} components={{ strong: <strong /> }} />
        </p>
        <Button size="sm" icon={<TxIcon name="copy" size={13} />} onClick={() => void navigator.clipboard?.writeText(minutes.content).then(() => toastSuccess(t('minutesPanel.copied'), t('minutesPanel.copiedText')))}>
          {t('minutesPanel.copy')}
        </Button>
        <Menu
          label={t('minutes.exportLabel')}
          size="sm"
          variant="secondary"
          items={[
            { label: t('minutes.markdown'), onSelect: () => void exportAs('minutes-md'), disabled: exporting !== null },
            { label: t('minutes.word'), onSelect: () => void exportAs('minutes-docx'), disabled: exporting !== null },
          ]}
        >
          {exporting?.startsWith('minutes') ? <Spinner size="sm" /> : <TxIcon name="download" size={13} />}
          {t('minutes.export')}
        </Menu>
        <Button size="sm" icon={<TxIcon name="refresh" size={13} />} onClick={() => void write(r.id)}>
          {t('minutesPanel.regenerate')}
        </Button>
      </div>
      <article className="tx-minutes__doc" aria-label={t('minutesPanel.label')}>
        <MinutesText text={minutes.content} />
      </article>
    </div>
  );
}
