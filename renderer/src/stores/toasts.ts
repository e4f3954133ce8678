import { create } from 'zustand';
import type { AppError } from '../../../shared/errors';
import { usefulHint } from '../lib/errors';

export type ToastTone = 'info' | 'success' | 'error';

export interface Toast {
  id: number;
  tone: ToastTone;
  title: string;
  message?: string;
  hint?: string;
  /** One button on the toast, e.g. "Undo"; running it also dismisses the toast. */
  action?: { label: string; run: () => void };
}

interface ToastState {
  toasts: Toast[];
  push(toast: Omit<Toast, 'id'>): number;
  dismiss(id: number): void;
}

/** Errors stay longer: they carry a hint the user may want to read. */
const LIFETIME_MS: Record<ToastTone, number> = { info: 5000, success: 4000, error: 10000 };
const MAX_VISIBLE = 4;
let nextId = 1;

export const useToasts = create<ToastState>()((set, get) => ({
  toasts: [],
  push(toast) {
    const id = nextId++;
    set((s) => ({ toasts: [...s.toasts.slice(-(MAX_VISIBLE - 1)), { ...toast, id }] }));
    setTimeout(() => get().dismiss(id), LIFETIME_MS[toast.tone]);
    return id;
  },
  dismiss(id) {
    set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
  },
}));

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
