import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { Button } from '../../components/Button';
import { ErrorCallout } from '../../components/ErrorCallout';
import { useScreenMeta } from '../shell/useScreenMeta';
import { summaryMatches, useUsage } from '../../stores/usage/usage';
import { PageHeader } from '../shell/PageHeader';
import { BudgetStateCard } from './BudgetStateCard';
import { ClearCacheButton } from './ClearCacheButton';
import { ExportCsvButton } from './ExportCsvButton';
import { RangePicker } from './RangePicker';
import { UsageDashboard } from './UsageDashboard';
import { UsageEmpty } from './UsageEmpty';
import { UsageSkeleton } from './UsageSkeleton';
import '../../styles/usage.css';

export function UsageScreen() {
  const { t } = useTranslation('usage');
  const meta = useScreenMeta('usage');
  const load = useUsage((s) => s.load);
  const ready = useUsage(summaryMatches);
  const summary = useUsage((s) => s.summary);
  const error = useUsage((s) => s.error);
  const rangeError = error?.details?.field === 'from' || error?.details?.field === 'to';

  // Each visit re-reads: the ledger may have grown while another screen was open.
  useEffect(() => {
    void load();
  }, [load]);

  let body;
  if (error && !rangeError && !ready) body = <ErrorCallout error={error} actions={<Button size="sm" onClick={() => void load()}>{t('tryAgain')}</Button>} />;
  else if (!ready || !summary) body = rangeError ? null : <UsageSkeleton />;
  else if (summary.totals.attempts === 0)
    body = (
      <>
        <UsageEmpty />
        {summary.budgets.length > 0 && <BudgetStateCard summary={summary} />}
      </>
    );
  else body = <UsageDashboard summary={summary} />;

  return (
    <div className="usage">
      <PageHeader
        title={meta.title}
        description={meta.description}
        actions={
          <>
            <ClearCacheButton />
            <ExportCsvButton disabled={!ready || !summary || summary.totals.attempts === 0} />
          </>
        }
      />
      <RangePicker />
      <div className="usage__body" aria-busy={!ready}>
        {body}
      </div>
    </div>
  );
}
