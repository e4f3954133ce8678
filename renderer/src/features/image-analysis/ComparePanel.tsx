import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { useMoney } from '../../stores/chat/currency';
import { COMPARE_MODELS, useVision } from '../../stores/image-analysis/vision';
import { errorText } from '../../i18n/errors';

/** The recipe on three sample images with several models side by side: answers, tokens, cost, latency. */
export function ComparePanel() {
  const { t } = useTranslation('vision');
  const options = useVision((s) => s.options);
  const cells = useVision((s) => s.compare);
  const comparing = useVision((s) => s.comparing);
  const runCompare = useVision((s) => s.runCompare);
  const money = useMoney();
  const providerId = options.model?.providerId ?? 'env';
  const offered = [...new Set([options.model?.model, ...COMPARE_MODELS].filter(Boolean) as string[])];
  // The batch's model and two others, always three distinct models (the batch's model may itself be one of the defaults).
  const [chosen, setChosen] = useState<string[]>(() => [...new Set([offered[0]!, 'gpt-4.1-mini', 'gpt-4o', ...offered])].slice(0, 3));
  const toggle = (m: string) => setChosen((c) => (c.includes(m) ? c.filter((x) => x !== m) : c.length < 4 ? [...c, m] : c));
  const models = [...new Set(cells?.map((c) => c.model) ?? [])];
  const images = [...new Map((cells ?? []).map((c) => [c.itemId, c.name])).entries()];
  return (
    <div className="va-compare">
      <p className="va-muted">{t('compare.help')}</p>
      <div className="va-compare-models" role="group" aria-label={t('compare.models')}>
        {offered.map((m) => (
          <label key={m} className="va-check">
            <input type="checkbox" checked={chosen.includes(m)} onChange={() => toggle(m)} /> {m}
          </label>
        ))}
      </div>
      <Button variant="primary" onClick={() => void runCompare(chosen.map((model) => ({ providerId, model })))} loading={comparing} disabled={chosen.length === 0} data-testid="vision-compare-run">
        {t('compare.run', { count: chosen.length })}
      </Button>
      {cells && (
        <div className="va-table-wrap">
          <table className="va-table va-compare-table" data-testid="vision-compare-table">
            <thead>
              <tr>
                <th>{t('compare.image')}</th>
                {models.map((m) => (
                  <th key={m}>{m}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {images.map(([id, name]) => (
                <tr key={id}>
                  <td>{name}</td>
                  {models.map((m) => {
                    const c = cells.find((x) => x.itemId === id && x.model === m)!;
                    return (
                      <td key={m}>
                        {c.error ? <span className="va-error">{errorText(c.error)}</span> : <pre className="va-answer">{JSON.stringify(c.result, null, 1)}</pre>}
                        <span className="va-muted">{t('compare.cell', { input: c.inputTokens, output: c.outputTokens, cost: money(c.costMicros), ms: c.latencyMs })}</span>
                      </td>
                    );
                  })}
                </tr>
              ))}
              <tr className="va-total">
                <td>{t('compare.total')}</td>
                {models.map((m) => (
                  <td key={m}>{money(cells.filter((c) => c.model === m).reduce((s, c) => s + c.costMicros, 0))}</td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
