import { useState } from 'react';
import type { UsageBucket, UsageSummary } from '../../../../shared/contract';
import { MODALITY_LABELS, type Modality } from '../../../../shared/policy';
import { formatMoney } from '../../../../shared/pricing';
import { BarList, type BarListItem } from '../../components/BarList';
import { Card } from '../../components/Card';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { plural } from '../../lib/format';
import { sceneLabel, usePipeline } from '../../stores/pipeline';
import { formatCount, MODALITY_TONE } from './format';

type Dimension = 'model' | 'scene' | 'modality';

const DIMENSIONS = [
  { value: 'model', label: 'Model' },
  { value: 'scene', label: 'Scene' },
  { value: 'modality', label: 'Kind' },
] as const;

const TITLES: Record<Dimension, string> = { model: 'Spend by model', scene: 'Spend by scene', modality: 'Spend by kind of work' };

/** Spend per model, scene or modality as bars, with requests, tokens and savings in words. */
export function BreakdownCard({ summary }: { summary: UsageSummary }) {
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
        <>
          {sceneLabel(scenes, b.key)} <span className="muted mono bar-list__sub">{b.key}</span>
        </>
      ) : (
        MODALITY_LABELS[b.key as Modality] ?? b.key
      ),
    value: byCost ? b.costMicros : b.requests,
    valueText: formatMoney(b.costMicros, summary.currency),
    tone: by === 'modality' ? MODALITY_TONE[b.key as Modality] ?? 6 : 1,
    detail: [plural(b.requests, 'request'), `${formatCount(b.inputTokens + b.outputTokens)} tokens`, b.savedMicros > 0 ? `${formatMoney(b.savedMicros, summary.currency)} saved` : null]
      .filter(Boolean)
      .join(' · '),
  }));
  return (
    <Card title={TITLES[by]} actions={<ChoiceGroup label="Break down by" hideLabel options={DIMENSIONS} value={by} onChange={setBy} />} className="usage__breakdown">
      <BarList label={TITLES[by]} items={items} />
    </Card>
  );
}
