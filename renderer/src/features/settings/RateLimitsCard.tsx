import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { PipelineConfig } from '../../../../shared/contract';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Icon } from '../../components/Icon';
import { NumberField } from '../../components/NumberField';
import { Select } from '../../components/Select';
import { formatCount } from '../usage/format';
import { usePipeline } from '../../stores/settings/pipeline';
import { useProviders } from '../../stores/settings/providers';
import { toastSuccess } from '../../stores/shell/toasts';
import { providerLabel } from '../../lib/format';

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
  const { t } = useTranslation('settings');
  const [providerId, setProviderId] = useState('');
  const [model, setModel] = useState('');
  const [rpm, setRpm] = useState('');
  const [tpm, setTpm] = useState('');
  const [errors, setErrors] = useState<{ model?: string; rpm?: string; tpm?: string }>({});
  const provider = providers.find((p) => p.id === providerId);
  const nameOf = (id: string) => providers.find((p) => p.id === id)?.name ?? id;

  const save = async (next: Limits, done: string) => {
    if (await applyNow({ limits: next }, t('rateLimits.changeFailed'))) toastSuccess(done);
  };

  const add = () => {
    const r = parseLimit(rpm);
    const tk = parseLimit(tpm);
    const found: typeof errors = {};
    if (!provider || !model) found.model = t('rateLimits.chooseModel');
    if (r === null) found.rpm = t('rateLimits.wholeNumber');
    if (tk === null) found.tpm = t('rateLimits.wholeNumber');
    if (!found.rpm && !found.tpm && r === undefined && tk === undefined) found.rpm = t('rateLimits.setOne');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const limit = { ...(r ? { requestsPerMinute: r } : {}), ...(tk ? { tokensPerMinute: tk } : {}) };
    void save({ ...limits, [`${providerId}|${model}`]: limit }, t('rateLimits.saved', { model }));
    setModel('');
    setRpm('');
    setTpm('');
  };

  const entries = Object.entries(limits);
  return (
    <Card title={t('rateLimits.title')} description={t('rateLimits.description')}>
      <div className="stack">
        {entries.length > 0 && (
          <ul className="limit-list" aria-label={t('rateLimits.listLabel')}>
            {entries.map(([key, l]) => {
              const [pid = '', m = ''] = key.split('|');
              return (
                <li key={key} className="limit-list__row" aria-label={`${nameOf(pid)} ${m}`}>
                  <span className="limit-list__model">
                    <span className="mono">{m}</span>
                    <span className="muted"> · {nameOf(pid)}</span>
                  </span>
                  <span className="limit-list__value">{l.requestsPerMinute ? t('rateLimits.requestsPerMin', { value: formatCount(l.requestsPerMinute) }) : '—'}</span>
                  <span className="limit-list__value">{l.tokensPerMinute ? t('rateLimits.tokensPerMin', { value: formatCount(l.tokensPerMinute) }) : '—'}</span>
                  <Button
                    size="sm"
                    variant="danger-ghost"
                    iconOnly
                    aria-label={t('rateLimits.removeLabel', { model: m })}
                    icon={<Icon name="trash" size={14} />}
                    onClick={() => {
                      const next = { ...limits };
                      delete next[key];
                      void save(next, t('rateLimits.removed', { model: m }));
                    }}
                  />
                </li>
              );
            })}
          </ul>
        )}
        <div className="limit-form" role="group" aria-label={t('rateLimits.addLabel')}>
          <Select label={t('rateLimits.provider')} value={providerId} onChange={(v) => {
              setProviderId(v);
              setModel('');
            }} error={errors.model && !provider ? errors.model : null}>
            <option value="">{t('rateLimits.choose')}</option>
            {providers.map((p) => (
              <option key={p.id} value={p.id}>
                {providerLabel(p)}
              </option>
            ))}
          </Select>
          <Select label={t('rateLimits.model')} value={model} onChange={setModel} disabled={!provider} error={errors.model && provider ? errors.model : null}>
            <option value="">{t('rateLimits.choose')}</option>
            {provider?.models.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </Select>
          <NumberField label={t('rateLimits.requests')} min={1} step={1} value={rpm} onChange={setRpm} error={errors.rpm} placeholder={t('rateLimits.learned')} />
          <NumberField label={t('rateLimits.tokens')} min={1} step={1} value={tpm} onChange={setTpm} error={errors.tpm} placeholder={t('rateLimits.learned')} />
          <Button icon={<Icon name="plus" size={14} />} onClick={add} className="limit-form__add">
            {t('rateLimits.add')}
          </Button>
        </div>
      </div>
    </Card>
  );
}
