import { afterEach, describe, expect, it } from 'vitest';
import type { Warning } from '../../../../shared/contract';
import { createTempCore, type TempCore } from '../../testing/temp-core';

let temp: TempCore | undefined;
afterEach(() => temp?.dispose());

const budget = (scope: 'overall' | 'modality' | 'scene', target: string | null, limitMicros: number, hard = false) => ({ id: `b-${scope}-${target ?? 'all'}`, scope, target, period: 'day', limitMicros, hard });

describe('budgets.preview', () => {
  it('warns about the soft budgets a planned transcription, image analysis or studio spend would go over', async () => {
    temp = await createTempCore();
    await temp.call('pipeline.updateConfig', { budgets: [budget('modality', 'audio-offline', 10_000), budget('scene', 'image_analysis', 50_000)] });
    const tx = await temp.call<Warning[]>('budgets.preview', { work: 'transcription', maxCostMicros: 20_000 });
    expect(tx).toEqual([expect.objectContaining({ kind: 'budget_soft', scope: 'modality', target: 'audio-offline', period: 'day', limitMicros: 10_000, costMicros: 20_000 })]);
    expect(tx[0]!.message).toMatch(/soft limit/);
    expect(await temp.call<Warning[]>('budgets.preview', { work: 'transcription', maxCostMicros: 5_000 })).toEqual([]);
    // A budget for another kind of work says nothing here.
    expect(await temp.call<Warning[]>('budgets.preview', { work: 'image_studio', maxCostMicros: 20_000 })).toEqual([]);
    expect(await temp.call<Warning[]>('budgets.preview', { work: 'image_analysis', maxCostMicros: 60_000 })).toHaveLength(1);
  });

  it("words a hard cap's refusal, and says when the price is unknown", async () => {
    temp = await createTempCore();
    await temp.call('pipeline.updateConfig', { budgets: [budget('overall', null, 1_000, true)] });
    const [refusal] = await temp.call<Warning[]>('budgets.preview', { work: 'image_studio', maxCostMicros: 5_000 });
    expect(refusal).toMatchObject({ kind: 'budget_hard', scope: 'overall', limitMicros: 1_000, leftMicros: 1_000, costMicros: 5_000 });
    expect(refusal!.message).toMatch(/Raise it in Settings → Budgets/);
    expect(await temp.call<Warning[]>('budgets.preview', { work: 'transcription', maxCostMicros: null })).toEqual([expect.objectContaining({ kind: 'price_unknown' })]);
  });
});
