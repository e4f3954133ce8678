import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { UsageBucket, UsageSummary } from '../../../../shared/contract';
import type { Modality } from '../../../../shared/policy';
import { formatMoney } from '../../../../shared/pricing';
import { BarList, type BarListItem } from '../../components/BarList';
import { Card } from '../../components/Card';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { modalityLabel } from '../../lib/format';
import { sceneLabel, usePipeline } from '../../stores/settings/pipeline';
import { formatCount, MODALITY_TONE } from './format';

type Dimension = 'model' | 'scene' | 'modality';

const DIMENSIONS = ['model', 'scene', 'modality'] as const;
const TITLES = { model: 'breakdown.titleModel', scene: 'breakdown.titleScene', modality: 'breakdown.titleModality' } as const;

/** Spend per model, scene or modality as bars, with requests, tokens and savings in words. */
export function BreakdownCard({ summary }: { summary: UsageSummary }) {
  const { t } = useTranslation('usage');
  const [by, setBy] = useState<Dimension>('model');
  const scenes = usePipeline((s) => s.scenes);
  const buckets: UsageBucket[] = by === 'model' ? summary.byModel : by === 'scene' ? summary.byScene : summary.byModality;
  // With no known price anywhere (local models) the bars follow request counts instead.
  const byCost = buckets.some((b) => b.costMicros > 0);
  const items: BarListItem[] = buckets.map((b) => ({
    key: b.key,
    label:
      by === 'model' ? (
        <span className="mono">{b.key}</span>
      ) : by === 'scene' ? (
        // One name per scene: the label people know; the billing id stays in the tooltip (and the CSV).
        <span title={b.key}>{sceneLabel(scenes, b.key)}</span>
      ) : (
        modalityLabel(b.key)
      ),
    value: byCost ? b.costMicros : b.requests,
    valueText: formatMoney(b.costMicros, summary.currency),
    tone: by === 'modality' ? MODALITY_TONE[b.key as Modality] ?? 6 : 1,
    detail: [
      t('breakdown.requests', { count: b.requests }),
      t('breakdown.tokens', { value: formatCount(b.inputTokens + b.outputTokens) }),
      b.savedMicros > 0 ? t('breakdown.saved', { amount: formatMoney(b.savedMicros, summary.currency) }) : null,
    ]
      .filter(Boolean)
      .join(' · '),
  }));
  const options = DIMENSIONS.map((value) => ({ value, label: t(`breakdown.${value}`) }));
  return (
    <Card title={t(TITLES[by])} actions={<ChoiceGroup label={t('breakdown.by')} hideLabel options={options} value={by} onChange={setBy} />} className="usage__breakdown">
      <BarList label={t(TITLES[by])} items={items} />
    </Card>
  );
}
