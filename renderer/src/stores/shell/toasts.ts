import { create } from 'zustand';
import type { AppError } from '../../../../shared/errors';
import { usefulHint } from '../../lib/errors';

export type ToastTone = 'info' | 'success' | 'warning' | 'error';

export interface Toast {
  id: number;
  tone: ToastTone;
  title: string;
  message?: string;
  hint?: string;
  /** One button on the toast, e.g. "Undo"; running it also dismisses the toast. `to` names the screen it opens. */
  action?: { label: string; run: () => void; to?: string };
  /** The screen the toast is about (dropped when the user leaves it); null for news from anywhere. */
  scope: string | null;
  /** How many times the same toast was raised while it showed. */
  count: number;
}

export type ToastInput = Omit<Toast, 'id' | 'scope' | 'count'> & { scope?: string | null };

interface ToastState {
  toasts: Toast[];
  /** The screen on show; toasts raised without a scope belong to it. */
  screen: string | null;
  push(toast: ToastInput): number;
  dismiss(id: number): void;
  /** The user moved to another screen: toasts about the old one are stale, and "Open X" on X is pointless. */
  onScreen(screen: string): void;
  /** Stop every toast's clock: the pointer or focus is on the toasts, or the window is hidden (nobody can read them). */
  hold(reason: HoldReason): void;
  /** That reason is gone; once none is left, the clocks run on with at least {@link RESUME_MIN_MS} each. */
  release(reason: HoldReason): void;
}

export type HoldReason = 'pointer' | 'focus' | 'hidden';

/** Errors stay longer: they carry a hint the user may want to read. */
export const LIFETIME_MS: Record<ToastTone, number> = { info: 5000, success: 4000, warning: 10000, error: 10000 };
export const MAX_VISIBLE = 3;
/** A held toast gets at least this long once released, so it does not vanish the moment the pointer leaves. */
export const RESUME_MIN_MS = 2000;
let nextId = 1;
/** Each toast's clock: the time it has left, and its timer while the clock runs. */
const clocks = new Map<number, { left: number; since: number; timer?: ReturnType<typeof setTimeout> }>();
const holds = new Set<HoldReason>();

const same = (a: Toast, b: Omit<Toast, 'id' | 'count'>) => a.tone === b.tone && a.title === b.title && a.message === b.message && a.scope === b.scope;

export const useToasts = create<ToastState>()((set, get) => {
  const run = (id: number, left: number) => {
    clocks.set(id, { left, since: Date.now(), timer: holds.size ? undefined : setTimeout(() => get().dismiss(id), left) });
  };
  const expire = (id: number, tone: ToastTone) => {
    clearTimeout(clocks.get(id)?.timer);
    run(id, LIFETIME_MS[tone]);
  };
  return {
    toasts: [],
    screen: null,
    push(input) {
      const { screen } = get();
      const scope = input.scope === undefined ? screen : input.scope;
      const action = input.action?.to !== undefined && input.action.to === screen ? undefined : input.action;
      const toast = { ...input, action, scope };
      const twin = get().toasts.find((t) => same(t, toast));
      if (twin) {
        // The same news again: count it on the toast already showing instead of stacking a copy.
        set((s) => ({ toasts: s.toasts.map((t) => (t.id === twin.id ? { ...t, ...toast, id: t.id, count: t.count + 1 } : t)) }));
        expire(twin.id, toast.tone);
        return twin.id;
      }
      const id = nextId++;
      set((s) => ({ toasts: [...s.toasts.slice(-(MAX_VISIBLE - 1)), { ...toast, id, count: 1 }] }));
      expire(id, toast.tone);
      return id;
    },
    dismiss(id) {
      clearTimeout(clocks.get(id)?.timer);
      clocks.delete(id);
      set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
    },
    onScreen(screen) {
      if (screen === get().screen) return;
      const stale = get().toasts.filter((t) => (t.scope !== null && t.scope !== screen) || t.action?.to === screen);
      set({ screen });
      for (const t of stale) get().dismiss(t.id);
    },
    hold(reason) {
      if (holds.has(reason)) return;
      holds.add(reason);
      if (holds.size > 1) return;
      const now = Date.now();
      for (const clock of clocks.values()) {
        clearTimeout(clock.timer);
        clock.left -= now - clock.since;
        clock.timer = undefined;
      }
    },
    release(reason) {
      if (!holds.delete(reason) || holds.size) return;
      for (const [id, clock] of clocks) run(id, Math.max(clock.left, RESUME_MIN_MS));
    },
  };
});

/** A failed action as a toast: what was being done, what went wrong, what to do. */
export function toastError(error: AppError, action?: string): void {
  useToasts.getState().push(
    action
      ? { tone: 'error', title: action, message: error.message, hint: usefulHint(error) ?? undefined }
      : { tone: 'error', title: error.message, hint: usefulHint(error) ?? undefined },
  );
}

export function toastSuccess(title: string, message?: string): void {
  useToasts.getState().push({ tone: 'success', title, message });
}
