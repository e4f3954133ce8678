import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Tabs } from '../../components/Tabs';
import { useVision } from '../../stores/image-analysis/vision';
import { BatchHeader } from './BatchHeader';
import { ComparePanel } from './ComparePanel';
import { ResultsPanel } from './ResultsPanel';
import { SetupPanel } from './SetupPanel';
import { SummaryPanel } from './SummaryPanel';

type Tab = 'setup' | 'results' | 'compare' | 'summary';

/** One batch: its progress, and tabs for setting it up, its results, model comparison and a summary. */
export function BatchPanel() {
  const { t } = useTranslation('vision');
  const detail = useVision((s) => s.detail);
  const [tab, setTab] = useState<Tab | null>(null);
  if (!detail) return <div className="va-panel va-panel--loading" aria-busy="true" />;
  const current: Tab = tab ?? (detail.batch.state === 'draft' ? 'setup' : 'results');
  const items = [
    { id: 'setup' as const, label: t('tabs.setup') },
    { id: 'results' as const, label: t('tabs.results') },
    { id: 'compare' as const, label: t('tabs.compare') },
    { id: 'summary' as const, label: t('tabs.summary') },
  ];
  return (
    <section className="va-panel" aria-label={detail.batch.name}>
      <BatchHeader />
      <Tabs items={items} value={current} onChange={setTab} label={t('tabs.label')}>
        {current === 'setup' && <SetupPanel />}
        {current === 'results' && <ResultsPanel />}
        {current === 'compare' && <ComparePanel />}
        {current === 'summary' && <SummaryPanel />}
      </Tabs>
    </section>
  );
}
