import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { TextArea } from '../../components/TextArea';
import { useMoney } from '../../stores/chat/currency';
import { useVision } from '../../stores/image-analysis/vision';

/** A text model's answer over all rows (map-reduce in core, so no row is dropped). */
export function SummaryPanel() {
  const { t } = useTranslation('vision');
  const batch = useVision((s) => s.detail!.batch);
  const summarize = useVision((s) => s.summarize);
  const busy = useVision((s) => s.summarizing);
  const money = useMoney();
  const [question, setQuestion] = useState(batch.summary?.question ?? t('summary.default'));
  return (
    <div className="va-summary">
      <TextArea label={t('summary.question')} value={question} onChange={setQuestion} rows={2} />
      <Button variant="primary" onClick={() => void summarize(question)} loading={busy} disabled={!question.trim() || batch.counts.done === 0}>
        {t('summary.run', { count: batch.counts.done })}
      </Button>
      {batch.summary && (
        <article className="va-summary-answer" data-testid="vision-summary">
          <p className="va-muted">{t('summary.meta', { model: batch.summary.model, cost: money(batch.summary.costMicros) })}</p>
          <div className="va-summary-text">{batch.summary.content}</div>
        </article>
      )}
    </div>
  );
}
