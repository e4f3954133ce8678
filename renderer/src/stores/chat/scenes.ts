import { create } from 'zustand';
import type { CallInput, Scene } from '../../../../shared/contract';
import type { AppError, Result } from '../../../../shared/errors';
import { call, subscribe } from '../../api';
import { toastError, toastSuccess } from '../shell/toasts';
import { i18n } from '../../i18n';

/** Scene presets: the six built-in ones plus the user's own. */
interface ScenesState {
  scenes: Scene[];
  loaded: boolean;
  loadError: AppError | null;
  load(): Promise<void>;
  /** Form action: returns the Result so the editor can put the error under the field core named. */
  save(input: CallInput<'scenes.save'>): Promise<Result<Scene>>;
  remove(scene: Scene): Promise<boolean>;
}

export const useChatScenes = create<ScenesState>()((set) => ({
  scenes: [],
  loaded: false,
  loadError: null,
  async load() {
    const r = await call('scenes.list', {});
    set(r.ok ? { scenes: r.value, loaded: true, loadError: null } : { loaded: true, loadError: r.error });
  },
  async save(input) {
    const r = await call('scenes.save', input);
    if (r.ok) set((s) => ({ scenes: s.scenes.some((x) => x.id === r.value.id) ? s.scenes.map((x) => (x.id === r.value.id ? r.value : x)) : [...s.scenes, r.value] }));
    return r;
  },
  async remove(scene) {
    const r = await call('scenes.remove', { id: scene.id });
    if (!r.ok) {
      toastError(r.error, i18n.t('toasts:chat.sceneDeleteFailed', { label: scene.label }));
      return false;
    }
    set((s) => ({ scenes: s.scenes.filter((x) => x.id !== scene.id) }));
    toastSuccess(i18n.t('toasts:chat.sceneDeleted'), i18n.t('toasts:chat.sceneDeletedBody', { label: scene.label }));
    return true;
  },
}));

export function sceneById(scenes: readonly Scene[], id: string | null | undefined): Scene | null {
  return id ? scenes.find((s) => s.id === id) ?? null : null;
}

export function watchChatScenes(): () => void {
  return subscribe('data.changed', ({ topic }) => {
    if (topic === 'scenes') void useChatScenes.getState().load();
  });
}
