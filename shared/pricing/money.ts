/**
 * Money as integer micro-dollars. Every cost is rounded to a whole micro-dollar once, where it is
 * computed; after that the ledger only adds integers, which is exact up to 2^53 µ$ (≈ $9 billion).
 */
import type { Micros } from './types';

/** A display currency: `rate` is units of it per US dollar (USD itself: 1). */
export interface Currency {
  /** ISO 4217 code, e.g. 'USD', 'EUR'. */
  code: string;
  rate: number;
  /** Overrides the built-in symbol for `code`. */
  symbol?: string;
}

/** The ledger's native currency. */
export const USD: Currency = { code: 'USD', rate: 1, symbol: '$' };

const SYMBOLS: Readonly<Record<string, string>> = {
  USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: '¥', INR: '₹', KRW: '₩', BRL: 'R$', AUD: 'A$', CAD: 'CA$', CHF: 'CHF ',
};

/** Converts dollars to integer micro-dollars (half away from zero). */
export function toMicros(usd: number): Micros {
  if (!Number.isFinite(usd)) throw new RangeError(`not a finite amount: ${usd}`);
  const micros = Math.round(Math.abs(usd) * 1e6);
  return usd < 0 ? -micros : micros;
}

/** Converts micro-dollars back to dollars (for display or export only; never sum these). */
export function microsToUsd(micros: Micros): number {
  return micros / 1e6;
}

/**
 * Cost of `tokens` at `pricePerMillion` USD / 1M tokens, in whole micro-dollars (half up).
 * USD/1M tokens is numerically µ$/token, so the price is scaled to integer pico-dollars per token
 * and multiplied exactly; only the final division rounds.
 */
export function tokensToMicros(tokens: number, pricePerMillion: number): Micros {
  const t = Math.max(0, Math.round(tokens));
  const picoPerToken = Math.round(pricePerMillion * 1e6);
  return Math.round((t * picoPerToken) / 1e6);
}

/**
 * Cost of several [tokens, USD per 1M] lines, summed exactly and rounded once (for estimates, where
 * per-line rounding would drift from the same tokens priced together).
 */
export function linesToMicros(lines: Iterable<readonly [tokens: number, pricePerMillion: number]>): Micros {
  let pico = 0;
  for (const [tokens, price] of lines) pico += Math.max(0, Math.round(tokens)) * Math.round(price * 1e6);
  return Math.round(pico / 1e6);
}

/** Sums micro-dollar amounts, refusing non-integers so float drift cannot sneak into the ledger. */
export function sumMicros(values: Iterable<Micros>): Micros {
  let total = 0;
  for (const v of values) {
    if (!Number.isSafeInteger(v)) throw new RangeError(`not an integer micro-dollar amount: ${v}`);
    total += v;
  }
  return total;
}

/** Groups thousands with commas: 1234567 → '1,234,567'. */
function group(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Formats micro-dollars in a display currency: zero → '$0.00'; under 0.0001 but not zero →
 * '< $0.0001'; under 1 → up to 4 decimals, trailing zeros trimmed to 2 ('$0.0123', '€0.01');
 * 1 and up → 2 decimals with grouping ('$1,234.50'). Negative amounts (refunds) get a leading '-'.
 */
/** "$", "€", or the code and a space for a currency without a known symbol ("CHF "). */
export function currencySymbol(currency: Currency): string {
  return currency.symbol ?? SYMBOLS[currency.code.toUpperCase()] ?? `${currency.code} `;
}

export function formatMoney(micros: Micros, currency: Currency = USD): string {
  const symbol = currencySymbol(currency);
  const amount = (micros / 1e6) * currency.rate;
  if (!Number.isFinite(amount)) return `${symbol}?`;
  if (amount === 0) return `${symbol}0.00`;
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const tenThousandths = Math.round(abs * 1e4);
  if (tenThousandths === 0) return amount < 0 ? `> -${symbol}0.0001` : `< ${symbol}0.0001`;
  if (tenThousandths < 1e4) {
    const decimals = String(tenThousandths).padStart(4, '0').replace(/0{1,2}$/, '');
    return `${sign}${symbol}0.${decimals}`;
  }
  const cents = Math.round(abs * 100);
  const whole = Math.floor(cents / 100);
  return `${sign}${symbol}${group(String(whole))}.${String(cents % 100).padStart(2, '0')}`;
}
