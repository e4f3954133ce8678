import { CHEAPER_SIBLING, MODALITY_LABELS, type Modality } from '../../../../shared/policy';
import { Badge } from '../../components/Badge';
import { NumberField } from '../../components/NumberField';
import { useSettings } from '../../stores/settings';
import { FallbackSelect } from './FallbackSelect';
import type { DraftErrors, PolicyDraft, PolicyField } from './policy-draft';

/** Why each modality's defaults are what they are (the doc comments of DEFAULT_POLICIES). */
export const POLICY_REASONS: Record<Modality, string> = {
  text: 'People are waiting: short timeout, 2 retries, then a cheaper model.',
  'image-understanding': 'Bigger uploads: moderate timeout, 2 retries, then a cheaper model.',
  'image-generation': 'Slow and costly: 1 retry, never a silent switch of model.',
  'audio-offline': 'Queued work nobody watches: long timeouts, 4 retries.',
  'audio-realtime': 'Late is useless: short timeout, at most 1 retry.',
};

/** What 'auto' means for the modality's default model. */
function AutoHint({ modality }: { modality: Modality }) {
  const model = useSettings((s) => s.settings?.defaults[modality]?.model ?? null);
  if (!model) return <>A cheaper sibling of the model used</>;
  const sibling = CHEAPER_SIBLING[model];
  return sibling ? (
    <>
      {model} → <strong>{sibling}</strong>
    </>
  ) : (
    <>{model} has no cheaper sibling: no fallback</>
  );
}

export interface PolicyRowProps {
  modality: Modality;
  draft: PolicyDraft;
  errors: DraftErrors;
  customised: boolean;
  onChange: (field: PolicyField, value: string) => void;
}

/** One modality's timeout, retries, fallback, backoff and rate-limit wait. */
export function PolicyRow({ modality, draft, errors, customised, onChange }: PolicyRowProps) {
  const label = MODALITY_LABELS[modality];
  return (
    <div className="policy-grid__row" role="group" aria-label={label}>
      <div className="policy-grid__name">
        <p className="policy-grid__title">
          {label}
          {customised && <Badge tone="accent">Custom</Badge>}
        </p>
        <p className="policy-grid__hint">{POLICY_REASONS[modality]}</p>
      </div>
      <NumberField label="Timeout" hideLabel unit="s" min={1} value={draft.timeoutMs} onChange={(v) => onChange('timeoutMs', v)} error={errors.timeoutMs} />
      <NumberField label="Retries" hideLabel min={0} max={10} step={1} value={draft.retries} onChange={(v) => onChange('retries', v)} error={errors.retries} />
      <FallbackSelect
        label="Fallback model"
        hideLabel
        modality={modality}
        value={draft.fallbackModel}
        onChange={(v) => onChange('fallbackModel', v)}
        error={errors.fallbackModel}
        help={draft.fallbackModel === 'auto' ? <AutoHint modality={modality} /> : undefined}
      />
      <div className="policy-grid__pair">
        <NumberField label="First backoff" hideLabel unit="s" min={0} value={draft.backoffBaseMs} onChange={(v) => onChange('backoffBaseMs', v)} error={errors.backoffBaseMs} />
        <NumberField label="Longest backoff" hideLabel unit="s" min={0} value={draft.backoffMaxMs} onChange={(v) => onChange('backoffMaxMs', v)} error={errors.backoffMaxMs} />
      </div>
      <NumberField label="Rate-limit wait" hideLabel unit="s" min={0} value={draft.rateLimitWaitMs} onChange={(v) => onChange('rateLimitWaitMs', v)} error={errors.rateLimitWaitMs} />
    </div>
  );
}
