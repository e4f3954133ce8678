import { create } from 'zustand';
import type { UsageBucket, UsageSummary } from '../../../../shared/contract';
import type { AppError, Result } from '../../../../shared/errors';
import type { Modality } from '../../../../shared/policy';
import { call, subscribe } from '../../api';
import { useApp } from '../shell/app';

export type RangePreset = 'today' | '7d' | 'month' | '30d' | 'custom';

/** The period choices; their names are in the usage namespace (range.<preset>). */
export const RANGE_PRESETS: readonly RangePreset[] = ['today', '7d', 'month', '30d', 'custom'];

/** Spend and tokens of one day, per modality: the stacked daily chart's data. */
export type DaySplit = Record<string, Partial<Record<Modality, UsageBucket>>>;


const pad = (n: number) => String(n).padStart(2, '0');
/** A local calendar day as YYYY-MM-DD (the ledger's days are local too). */
export const isoDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

export function presetRange(preset: Exclude<RangePreset, 'custom'>, now = new Date()): { from: string; to: string } {
  const to = isoDay(now);
  const back = (days: number) => isoDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - days));
  switch (preset) {
    case 'today':
      return { from: to, to };
    case '7d':
      return { from: back(6), to };
    case '30d':
      return { from: back(29), to };
    case 'month':
      return { from: isoDay(new Date(now.getFullYear(), now.getMonth(), 1)), to };
  }
}

interface UsageState {
  preset: RangePreset;
  from: string;
  to: string;
  summary: UsageSummary | null;
  /** Null until the summary is read. */
  split: DaySplit | null;
  loading: boolean;
  error: AppError | null;
  setPreset(preset: Exclude<RangePreset, 'custom'>): void;
  setCustom(from: string, to: string): void;
  load(): Promise<void>;
  exportCsv(): Promise<Result<{ filename: string; csv: string }>>;
  clearCache(): Promise<Result<{ removed: number }>>;
}

/** The stacked daily chart's data, from the summary's per-day-and-modality rows. */
export function daySplit(summary: UsageSummary): DaySplit {
  const split: DaySplit = {};
  for (const { day, ...bucket } of summary.byDayModality) (split[day] ??= {})[bucket.key as Modality] = bucket;
  return split;
}

let serial = 0;

export const useUsage = create<UsageState>()((set, get) => ({
  preset: '30d',
  ...presetRange('30d'),
  summary: null,
  split: null,
  loading: false,
  error: null,
  setPreset(preset) {
    set({ preset, ...presetRange(preset), error: null });
    void get().load();
  },
  setCustom(from, to) {
    set({ preset: 'custom', from, to, error: null });
    if (from && to) void get().load();
  },
  async load() {
    const mine = ++serial;
    // A preset follows the calendar: "Today" read after midnight means the new day.
    const { preset } = get();
    if (preset !== 'custom') set(presetRange(preset));
    const { from, to } = get();
    set({ loading: true });
    const r = await call('usage.summary', { from, to });
    if (mine !== serial) return;
    if (!r.ok) return set({ loading: false, error: r.error });
    set({ summary: r.value, split: daySplit(r.value), loading: false, error: null });
  },
  exportCsv() {
    const { from, to } = get();
    return call('usage.exportCsv', { from, to });
  },
  clearCache() {
    return call('cache.clear', {});
  },
}));

/** Whether the summary on hand is for the range now chosen (if not, the screen shows skeletons). */
export function summaryMatches(s: Pick<UsageState, 'summary' | 'from' | 'to'>): boolean {
  return s.summary !== null && s.summary.range.from === s.from && s.summary.range.to === s.to;
}

/** Re-reads after each reply ('usage') and after budget or currency changes ('pipeline'), once someone has looked. */
export function watchUsage(): () => void {
  const refresh = () => {
    if (useUsage.getState().summary) void useUsage.getState().load();
  };
  const off = subscribe('data.changed', ({ topic }) => {
    if (topic === 'usage' || topic === 'pipeline') refresh();
  });
  const offApp = useApp.subscribe((s, prev) => {
    if (s.connection === 'open' && prev.connection !== 'open' && prev.everConnected) refresh();
  });
  return () => {
    off();
    offApp();
  };
}
