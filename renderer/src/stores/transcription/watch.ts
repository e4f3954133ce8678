import { create } from 'zustand';
import type { CallInput, WatchFolder } from '../../../../shared/contract';
import type { AppError, Result } from '../../../../shared/errors';
import { call } from '../../api';
import { toastError } from '../shell/toasts';
import { i18n } from '../../i18n';

/** Folders whose new recordings are queued by themselves. */
interface WatchState {
  folders: WatchFolder[];
  loaded: boolean;
  loadError: AppError | null;
  removing: Record<string, boolean>;
  load(): Promise<void>;
  /** Form action: the dialog shows the error under the field core names. */
  add(input: CallInput<'transcription.addWatchFolder'>): Promise<Result<WatchFolder>>;
  remove(id: string): Promise<void>;
}

export const useTranscriptionWatch = create<WatchState>()((set) => ({
  folders: [],
  loaded: false,
  loadError: null,
  removing: {},
  async load() {
    const r = await call('transcription.watchFolders', {});
    set(r.ok ? { folders: r.value, loaded: true, loadError: null } : { loadError: r.error, loaded: true });
  },
  async add(input) {
    const r = await call('transcription.addWatchFolder', input);
    if (r.ok) set((s) => ({ folders: [...s.folders.filter((f) => f.id !== r.value.id), r.value] }));
    return r;
  },
  async remove(id) {
    set((s) => ({ removing: { ...s.removing, [id]: true } }));
    const r = await call('transcription.removeWatchFolder', { id });
    set((s) => ({ removing: { ...s.removing, [id]: false } }));
    if (r.ok) set((s) => ({ folders: s.folders.filter((f) => f.id !== id) }));
    else toastError(r.error, i18n.t('toasts:transcription.unwatchFailed'));
  },
}));
