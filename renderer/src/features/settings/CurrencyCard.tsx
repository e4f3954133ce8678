import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import type { Currency, PipelineConfig } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { formatMoney } from '../../../../shared/pricing';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorCallout } from '../../components/ErrorCallout';
import { NumberField } from '../../components/NumberField';
import { TextField } from '../../components/TextField';
import { usePipeline } from '../../stores/settings/pipeline';
import { toastSuccess } from '../../stores/shell/toasts';
import { fieldUnder } from './policy-draft';

const USD: Currency = { code: 'USD', symbol: '$', rate: 1 };
const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: '¥', INR: '₹', KRW: '₩', BRL: 'R$', AUD: 'A$', CAD: 'CA$', CHF: 'CHF' };

/** The display currency: every amount in the app is shown in it, at the rate the user sets. */
export function CurrencyCard({ config }: { config: PipelineConfig }) {
  const { t } = useTranslation('settings');
  const update = usePipeline((s) => s.update);
  const saved = config.currency;
  const [code, setCode] = useState(saved.code);
  const [symbol, setSymbol] = useState(saved.symbol);
  const [rate, setRate] = useState(String(saved.rate));
  const [errors, setErrors] = useState<Partial<Record<'code' | 'symbol' | 'rate', string>>>({});
  const [coreError, setCoreError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = code !== saved.code || symbol !== saved.symbol || Number(rate) !== saved.rate;
  const n = Number(rate);
  const preview = Number.isFinite(n) && n > 0 ? formatMoney(12_340_000, { code: code || 'USD', symbol: symbol || undefined, rate: n }) : '…';

  const save = async (next: Currency) => {
    setBusy(true);
    setCoreError(null);
    const r = await update({ currency: next });
    setBusy(false);
    if (r.ok) return toastSuccess(t('currency.saved'), t('currency.savedBody', { code: r.value.currency.code }));
    const field = fieldUnder(r.error, 'currency');
    if (field === 'code' || field === 'symbol' || field === 'rate') setErrors({ [field]: r.error.message });
    else setCoreError(r.error);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const upper = code.trim().toUpperCase();
    const found: typeof errors = {};
    if (!/^[A-Z]{3}$/.test(upper)) found.code = t('currency.badCode');
    if (!symbol.trim()) found.symbol = t('currency.noSymbol');
    if (!(Number.isFinite(n) && n > 0)) found.rate = t('currency.badRate');
    setErrors(found);
    if (Object.keys(found).length === 0) void save({ code: upper, symbol: symbol.trim(), rate: n });
  };

  const changeCode = (v: string) => {
    const upper = v.toUpperCase().slice(0, 3);
    setCode(upper);
    if (SYMBOLS[upper] && (symbol === '' || Object.values(SYMBOLS).includes(symbol))) setSymbol(SYMBOLS[upper]!);
    setErrors({});
  };

  return (
    <Card
      title={t('currency.title')}
      description={t('currency.description')}
      footer={
        <>
          {saved.code !== 'USD' && (
            <Button variant="ghost" className="card-footer__start" disabled={busy} onClick={() => void save(USD)}>
              {t('currency.backToUsd')}
            </Button>
          )}
          <Button variant="primary" type="submit" form="currency-form" loading={busy} disabled={!dirty}>
            {t('currency.save')}
          </Button>
        </>
      }
    >
      <form id="currency-form" className="currency-form" aria-label={t('currency.title')} onSubmit={submit} noValidate>
        <TextField label={t('currency.code')} value={code} onChange={changeCode} mono maxLength={3} error={errors.code} placeholder="EUR" />
        <TextField label={t('currency.symbol')} value={symbol} onChange={(v) => {
            setSymbol(v);
            setErrors({});
          }} maxLength={4} error={errors.symbol} placeholder="€" />
        <NumberField label={t('currency.rate')} prefix="1 USD =" unit={code || undefined} min={0} value={rate} onChange={(v) => {
            setRate(v);
            setErrors({});
          }} error={errors.rate} className="currency-form__rate" />
        <p className="currency-form__preview">
          {t('currency.preview')} <strong>{preview}</strong>
        </p>
      </form>
      {coreError && <ErrorCallout error={coreError} />}
    </Card>
  );
}
