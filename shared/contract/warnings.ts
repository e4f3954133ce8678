import type { Budget } from './index';

/**
 * Warnings cross the boundary as data, like errors: the renderer words them in the interface language
 * (renderer/src/lib/warnings.ts). `message` is core's English wording, for logs and as a fallback.
 */

/** A budget a request (or planned work) goes over. */
export interface BudgetWarning {
  /** budget_soft: it still goes through; budget_hard: the hard cap refuses it. */
  kind: 'budget_soft' | 'budget_hard';
  budgetId: string;
  scope: Budget['scope'];
  /** The modality or scene name; null for the overall budget. */
  target: string | null;
  period: Budget['period'];
  limitMicros: number;
  /** Spent in the period so far, plus what requests in flight may still cost. */
  spentMicros: number;
  /** This request's worst case. */
  costMicros: number;
  /** What the budget has left before this request (never below 0). */
  leftMicros: number;
  message: string;
}

export type Warning =
  | BudgetWarning
  /** The model's price is unknown, so no estimate and no budget can account for it. */
  | { kind: 'price_unknown'; message: string }
  /** An image model that is deprecated or retired (ISO days; null when not announced). */
  | { kind: 'model_status'; model: string; status: 'deprecated' | 'retired'; deprecated: string | null; retired: string | null; replacement: string | null; message: string }
  /** A size above what the model supports reliably (gpt-image-2 above 2560 × 1440). */
  | { kind: 'size_experimental'; model: string; message: string }
  /** Transparent backgrounds are a preview on this model and may fail. */
  | { kind: 'transparent_preview'; model: string; message: string };

export type WarningKind = Warning['kind'];

export function isBudgetWarning(w: Warning): w is BudgetWarning {
  return w.kind === 'budget_soft' || w.kind === 'budget_hard';
}
