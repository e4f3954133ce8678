import { plural } from '../../lib/format';
import { useTranscriptionIntake } from '../../stores/transcriptionIntake';
import { intakeTotals } from './estimate';
import { clock } from './format';
import { useMoney, usePriceOverrides } from './hooks';

/** The pre-flight estimate: minutes × the model's price, before anything is sent. */
export function IntakeSummary() {
  const files = useTranscriptionIntake((s) => s.files);
  const model = useTranscriptionIntake((s) => s.model?.model ?? null);
  const overrides = usePriceOverrides();
  const money = useMoney();
  const t = intakeTotals(model, files, overrides);
  let cost: string;
  if (t.reading) cost = 'Estimating…';
  else if (t.unknownPrice) cost = 'Price unknown';
  else cost = `${t.unknownLength ? 'at least ' : ''}${money(t.micros)}`;
  return (
    <div className="tx-summary" role="group" aria-label="Estimate">
      <div>
        <p className="tx-summary__label">Audio</p>
        <p className="tx-summary__value">{t.reading && t.durationMs === 0 ? '…' : clock(t.durationMs)}</p>
        <p className="tx-summary__detail">
          {plural(files.length, 'file')}
          {t.unknownLength ? ` · ${t.unknownLength} of unknown length` : ''}
        </p>
      </div>
      <div>
        <p className="tx-summary__label">Estimated cost</p>
        <p className="tx-summary__value" data-testid="intake-estimate">
          {cost}
        </p>
        <p className="tx-summary__detail">
          {t.unknownPrice ? `No per-minute price is known for ${model ?? 'this model'}; set one in Settings → Pricing.` : model ? `${model}, per minute of audio` : 'Choose a model'}
        </p>
      </div>
    </div>
  );
}
