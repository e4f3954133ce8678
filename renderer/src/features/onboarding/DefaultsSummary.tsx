import { MODALITIES, MODALITY_LABELS } from '../../../../shared/policy';
import { useSettings } from '../../stores/settings';

/** The default models the first model fetch picked, so the user sees what will be used. */
export function DefaultsSummary() {
  const defaults = useSettings((s) => s.settings?.defaults);
  const filled = MODALITIES.filter((m) => defaults?.[m]);
  if (!defaults || filled.length === 0) {
    return <p className="muted">No default models were picked; choose them in Settings → Default models.</p>;
  }
  return (
    <dl className="defaults-summary" aria-label="Default models">
      {filled.map((m) => (
        <div key={m}>
          <dt>{MODALITY_LABELS[m]}</dt>
          <dd className="mono">{defaults[m]?.model}</dd>
        </div>
      ))}
    </dl>
  );
}
