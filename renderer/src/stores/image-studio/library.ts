import { create } from 'zustand';
import type { Board, BrandProfile, CallInput, StudioSettings, StudioStorage, StudioTemplate } from '../../../../shared/contract';
import type { AppError, Result } from '../../../../shared/errors';
import { call, subscribe } from '../../api';
import { toastError } from '../shell/toasts';

/** Templates, brand profiles, boards and the studio's settings (reviewer, threshold, purge, disk use). */
interface LibraryState {
  templates: StudioTemplate[];
  brands: BrandProfile[];
  boards: Board[];
  settings: StudioSettings | null;
  storage: StudioStorage | null;
  load(): Promise<void>;
  saveTemplate(input: CallInput<'studio.saveTemplate'>): Promise<Result<StudioTemplate>>;
  removeTemplate(id: string): Promise<void>;
  importTemplates(json: string): Promise<Result<{ added: number }>>;
  exportTemplates(): Promise<{ filename: string; json: string } | null>;
  saveBrand(input: CallInput<'studio.saveBrand'>): Promise<Result<BrandProfile>>;
  removeBrand(id: string): Promise<Result<{ templates: number; generations: number }>>;
  /** Desktop: the system folder picker; resolves to the chosen path or null. */
  chooseExportFolder(): Promise<string | null>;
  createBoard(name: string): Promise<AppError | null>;
  assignBoard(ids: string[], boardId: string | null): Promise<void>;
  updateSettings(patch: CallInput<'studio.updateSettings'>): Promise<AppError | null>;
  purge(days: number, dryRun: boolean): Promise<number | null>;
}

export const useStudioLibrary = create<LibraryState>()((set, get) => ({
  templates: [],
  brands: [],
  boards: [],
  settings: null,
  storage: null,
  async load() {
    const [t, b, boards, s, st] = await Promise.all([
      call('studio.templates', {}), call('studio.brands', {}), call('studio.boards', {}), call('studio.settings', {}), call('studio.storage', {}),
    ]);
    set({
      ...(t.ok ? { templates: t.value } : {}),
      ...(b.ok ? { brands: b.value } : {}),
      ...(boards.ok ? { boards: boards.value } : {}),
      ...(s.ok ? { settings: s.value } : {}),
      ...(st.ok ? { storage: st.value } : {}),
    });
  },
  saveTemplate: (input) => call('studio.saveTemplate', input),
  async removeTemplate(id) {
    const r = await call('studio.removeTemplate', { id });
    if (!r.ok) toastError(r.error);
  },
  importTemplates: (json) => call('studio.importTemplates', { json }),
  async exportTemplates() {
    const r = await call('studio.exportTemplates', {});
    if (!r.ok) toastError(r.error);
    return r.ok ? r.value : null;
  },
  saveBrand: (input) => call('studio.saveBrand', input),
  removeBrand: (id) => call('studio.removeBrand', { id }),
  async chooseExportFolder() {
    const r = await call('studio.chooseExportFolder', { current: get().settings?.exportDir || undefined });
    if (!r.ok) toastError(r.error);
    return r.ok ? r.value.path : null;
  },
  async createBoard(name) {
    const r = await call('studio.createBoard', { name });
    return r.ok ? null : r.error;
  },
  async assignBoard(ids, boardId) {
    const r = await call('studio.assignBoard', { ids, boardId });
    if (!r.ok) toastError(r.error);
  },
  async updateSettings(patch) {
    const r = await call('studio.updateSettings', patch);
    if (r.ok) set({ settings: r.value });
    return r.ok ? null : r.error;
  },
  async purge(days, dryRun) {
    const r = await call('studio.purge', { days, dryRun });
    if (!r.ok) toastError(r.error);
    if (!dryRun) void get().load();
    return r.ok ? r.value.count : null;
  },
}));

export function watchStudioLibrary(): () => void {
  void useStudioLibrary.getState().load();
  return subscribe('data.changed', ({ topic }) => {
    if (topic === 'studio') void useStudioLibrary.getState().load();
  });
}
