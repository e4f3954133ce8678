import { create } from 'zustand';
import type { Currency } from '../../../../shared/contract';
import { formatMoney } from '../../../../shared/pricing';
import { call, subscribe } from '../../api';

/** The display currency from the pipeline settings, so chat costs read like the Usage screen's. */
interface CurrencyState {
  currency: Currency;
  load(): Promise<void>;
}

const USD: Currency = { code: 'USD', symbol: '$', rate: 1 };

export const useChatCurrency = create<CurrencyState>()((set) => ({
  currency: USD,
  async load() {
    const r = await call('pipeline.config', {});
    // A failure keeps US dollars: the ledger's own currency is always right, only less familiar.
    if (r.ok) set({ currency: r.value.currency });
  },
}));

/** Formats micro-dollars in the chosen currency; components re-render when it changes. */
export function useMoney(): (micros: number) => string {
  const currency = useChatCurrency((s) => s.currency);
  return (micros) => formatMoney(micros, currency);
}

export function watchChatCurrency(): () => void {
  return subscribe('data.changed', ({ topic }) => {
    if (topic === 'pipeline') void useChatCurrency.getState().load();
  });
}
