import { useEffect, useState } from 'react';
import type { Currency } from '../../../../shared/contract';
import { formatMoney, type PriceOverrides } from '../../../../shared/pricing';
import { usePipeline } from '../../stores/settings/pipeline';

const USD: Currency = { code: 'USD', symbol: '$', rate: 1 };
const NO_OVERRIDES: PriceOverrides = {};

/** Micro-dollars in the currency chosen in Settings → Pricing & currency. */
export function useMoney(): (micros: number) => string {
  const currency = usePipeline((s) => s.config?.currency ?? USD);
  return (micros) => formatMoney(micros, currency);
}

/** The user's price overrides, so estimates match what the ledger will charge. */
export function usePriceOverrides(): PriceOverrides {
  return usePipeline((s) => s.config?.priceOverrides ?? NO_OVERRIDES);
}

/** The current time, ticking every `ms` while `active` (elapsed times and ETAs of running jobs). */
export function useNow(active: boolean, ms = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [active, ms]);
  return now;
}
