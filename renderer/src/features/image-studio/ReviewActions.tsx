import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { Button } from '../../components/Button';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Switch } from '../../components/Switch';
import { TextArea } from '../../components/TextArea';
import type { OutputDetail } from '../../../../shared/contract';
import { useStudio } from '../../stores/image-studio/studio';

/** Star, reject or approve with notes; approval without a passed check needs an override and a written reason. */
export function ReviewActions({ detail }: { detail: OutputDetail }) {
  const { t } = useTranslation('studio');
  const review = useStudio((s) => s.review);
  const busy = useStudio((s) => s.busy);
  const o = detail.output;
  const [notes, setNotes] = useState(o.notes);
  const [override, setOverride] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  useEffect(() => {
    setNotes(o.notes);
    setOverride(false);
    setReason('');
    setError(null);
  }, [o.id, o.notes]);
  const act = async (action: Parameters<typeof review>[0], extra: Parameters<typeof review>[1] = {}) => setError(await review(action, extra));
  const needsOverride = o.checkState !== 'passed';
  return (
    <section className="st-section" aria-label={t('review.title')}>
      <div className="st-section__head">
        <h3>{t('review.title')}</h3>
        <Button size="sm" variant="ghost" onClick={() => void act(o.starred ? 'unstar' : 'star')} aria-pressed={o.starred}>
          {o.starred ? `★ ${t('review.starred')}` : `☆ ${t('review.star')}`}
        </Button>
      </div>
      <TextArea label={t('review.notes')} value={notes} onChange={setNotes} rows={2} onBlur={() => notes !== o.notes && void act('note', { notes })} />
      {o.state !== 'approved' && needsOverride && (
        <>
          <Switch label={t('review.override')} description={t('review.overrideHelp')} checked={override} onChange={setOverride} />
          {override && <TextArea label={t('review.reason')} value={reason} onChange={setReason} rows={2} />}
        </>
      )}
      {error && <ErrorCallout error={error} />}
      <div className="st-review__buttons">
        {o.state === 'review' && (
          <>
            <Button variant="danger-ghost" loading={busy === 'reject'} onClick={() => void act('reject', { notes })}>{t('review.reject')}</Button>
            <Button
              variant="primary"
              loading={busy === 'approve'}
              disabled={needsOverride && (!override || reason.trim().length < 5)}
              onClick={() => void act('approve', { notes, override: needsOverride, ...(needsOverride ? { reason } : {}) })}
            >
              {needsOverride ? t('review.approveOverride') : t('review.approve')}
            </Button>
          </>
        )}
        {o.state !== 'review' && (
          <Button loading={busy === 'reopen'} onClick={() => void act('reopen')}>{t('review.reopen')}</Button>
        )}
      </div>
    </section>
  );
}
