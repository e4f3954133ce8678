import { useState } from 'react';
import type { PipelineConfig } from '../../../../shared/contract';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Icon } from '../../components/Icon';
import { NumberField } from '../../components/NumberField';
import { Select } from '../../components/Select';
import { formatCount } from '../usage/format';
import { usePipeline } from '../../stores/pipeline';
import { useProviders } from '../../stores/providers';
import { toastSuccess } from '../../stores/toasts';

type Limits = PipelineConfig['limits'];

function parseLimit(raw: string): number | undefined | null {
  if (raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** Limits set by hand per provider and model; the core uses them instead of what it learned from headers. */
export function RateLimitsCard({ limits }: { limits: Limits }) {
  const providers = useProviders((s) => s.providers);
  const applyNow = usePipeline((s) => s.applyNow);
  const [providerId, setProviderId] = useState('');
  const [model, setModel] = useState('');
  const [rpm, setRpm] = useState('');
  const [tpm, setTpm] = useState('');
  const [errors, setErrors] = useState<{ model?: string; rpm?: string; tpm?: string }>({});
  const provider = providers.find((p) => p.id === providerId);
  const nameOf = (id: string) => providers.find((p) => p.id === id)?.name ?? id;

  const save = async (next: Limits, done: string) => {
    if (await applyNow({ limits: next }, 'Could not change the rate limits')) toastSuccess(done);
  };

  const add = () => {
    const r = parseLimit(rpm);
    const t = parseLimit(tpm);
    const found: typeof errors = {};
    if (!provider || !model) found.model = 'Choose a provider and a model.';
    if (r === null) found.rpm = 'Use a whole number above 0.';
    if (t === null) found.tpm = 'Use a whole number above 0.';
    if (!found.rpm && !found.tpm && r === undefined && t === undefined) found.rpm = 'Set requests or tokens per minute.';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const limit = { ...(r ? { requestsPerMinute: r } : {}), ...(t ? { tokensPerMinute: t } : {}) };
    void save({ ...limits, [`${providerId}|${model}`]: limit }, `Limit for ${model} saved`);
    setModel('');
    setRpm('');
    setTpm('');
  };

  const entries = Object.entries(limits);
  return (
    <Card title="Rate limits" description="Atelier learns each model's limits from the provider's x-ratelimit-* headers. A limit set here is used instead — for example to stay well below a shared key's quota.">
      <div className="stack">
        {entries.length > 0 && (
          <ul className="limit-list" aria-label="Rate limits set by hand">
            {entries.map(([key, l]) => {
              const [pid = '', m = ''] = key.split('|');
              return (
                <li key={key} className="limit-list__row" aria-label={`${nameOf(pid)} ${m}`}>
                  <span className="limit-list__model">
                    <span className="mono">{m}</span>
                    <span className="muted"> · {nameOf(pid)}</span>
                  </span>
                  <span className="limit-list__value">{l.requestsPerMinute ? `${formatCount(l.requestsPerMinute)} requests/min` : '—'}</span>
                  <span className="limit-list__value">{l.tokensPerMinute ? `${formatCount(l.tokensPerMinute)} tokens/min` : '—'}</span>
                  <Button
                    size="sm"
                    variant="danger-ghost"
                    iconOnly
                    aria-label={`Remove the limit for ${m}`}
                    icon={<Icon name="trash" size={14} />}
                    onClick={() => {
                      const next = { ...limits };
                      delete next[key];
                      void save(next, `Limit for ${m} removed; learned limits apply again`);
                    }}
                  />
                </li>
              );
            })}
          </ul>
        )}
        <div className="limit-form" role="group" aria-label="Add a rate limit">
          <Select label="Provider" value={providerId} onChange={(v) => {
              setProviderId(v);
              setModel('');
            }} error={errors.model && !provider ? errors.model : null}>
            <option value="">Choose…</option>
            {providers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
          <Select label="Model" value={model} onChange={setModel} disabled={!provider} error={errors.model && provider ? errors.model : null}>
            <option value="">Choose…</option>
            {provider?.models.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </Select>
          <NumberField label="Requests / min" min={1} step={1} value={rpm} onChange={setRpm} error={errors.rpm} placeholder="Learned" />
          <NumberField label="Tokens / min" min={1} step={1} value={tpm} onChange={setTpm} error={errors.tpm} placeholder="Learned" />
          <Button icon={<Icon name="plus" size={14} />} onClick={add} className="limit-form__add">
            Add limit
          </Button>
        </div>
      </div>
    </Card>
  );
}
