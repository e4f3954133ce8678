import { create } from 'zustand';
import type { DataLocation } from '../../../../shared/contract';
import type { AppError, Result } from '../../../../shared/errors';
import { call, subscribe } from '../../api';

interface DataState {
  location: DataLocation | null;
  loadError: AppError | null;
  load(): Promise<void>;
  /** Copies data to another folder for the next launch; the caller shows errors next to the field. */
  relocate(path: string): Promise<Result<DataLocation>>;
}

export const useData = create<DataState>()((set) => ({
  location: null,
  loadError: null,
  async load() {
    const r = await call('data.location', {});
    set(r.ok ? { location: r.value, loadError: null } : { loadError: r.error });
  },
  async relocate(path) {
    const r = await call('data.relocate', { path });
    if (r.ok) set({ location: r.value });
    return r;
  },
}));

export function watchData(): () => void {
  return subscribe('data.changed', ({ topic }) => {
    if (topic === 'data') void useData.getState().load();
  });
}
