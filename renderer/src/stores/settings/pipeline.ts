import { create } from 'zustand';
import type { Budget, CallInput, PipelineConfig, Scene } from '../../../../shared/contract';
import type { AppError, Result } from '../../../../shared/errors';
import { i18n } from '../../i18n';
import { modalityLabel } from '../../lib/format';
import { call, subscribe } from '../../api';
import { useApp } from '../shell/app';
import { toastError } from '../shell/toasts';

export type PipelinePatch = CallInput<'pipeline.updateConfig'>;

interface PipelineState {
  config: PipelineConfig | null;
  loadError: AppError | null;
  /** Scene presets (read-only here): their billing names key per-scene overrides and scene budgets. */
  scenes: Scene[];
  load(): Promise<void>;
  loadScenes(): Promise<void>;
  /** Form action: replaces the given sections and returns the Result so the form can mark the field the core named. */
  update(patch: PipelinePatch): Promise<Result<PipelineConfig>>;
  /** Fire-and-forget change (a switch, a row's reset): shown at once, rolled back with a toast if the core refuses. */
  applyNow(patch: Partial<Omit<PipelineConfig, 'policies'>>, action: string): Promise<boolean>;
}

let applySeq = 0;

export const usePipeline = create<PipelineState>()((set, get) => ({
  config: null,
  loadError: null,
  scenes: [],
  async load() {
    const r = await call('pipeline.config', {});
    set(r.ok ? { config: r.value, loadError: null } : { loadError: r.error });
  },
  async loadScenes() {
    const r = await call('scenes.list', {});
    if (r.ok) set({ scenes: r.value });
  },
  async update(patch) {
    const r = await call('pipeline.updateConfig', patch);
    if (r.ok) set({ config: r.value });
    return r;
  },
  async applyNow(patch, action) {
    const before = get().config;
    const mine = ++applySeq;
    if (before) set({ config: { ...before, ...patch } });
    const r = await call('pipeline.updateConfig', patch);
    if (r.ok) {
      // Core answers in order, so the newest answer holds every change: an older one must not undo a newer optimistic one.
      if (mine === applySeq) set({ config: r.value });
      return true;
    }
    set({ config: before });
    toastError(r.error, action);
    return false;
  },
}));

/** The scene's person-readable label for a billing name ('general_chat' → 'General chat'). */
export function sceneLabel(scenes: readonly Scene[], name: string): string {
  const label = scenes.find((s) => s.name === name)?.label;
  if (label) return label;
  // A billing id that is not a chat scene (image_analysis, transcription): read as words, not as an id.
  const words = name.replace(/[_-]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : name;
}

/** "Daily overall budget", "Monthly Text & chat budget", "Daily budget for the Classification scene" — in the interface language. */
export function budgetName(b: Pick<Budget, 'scope' | 'target' | 'period'>, scenes: readonly Scene[]): string {
  const day = b.period === 'day';
  if (b.scope === 'overall') return i18n.t(day ? 'settings:budgetNames.overallDay' : 'settings:budgetNames.overallMonth');
  if (b.scope === 'modality') return i18n.t(day ? 'settings:budgetNames.modalityDay' : 'settings:budgetNames.modalityMonth', { modality: modalityLabel(b.target ?? '') });
  const scene = scenes.find((s) => s.name === b.target)?.label ?? b.target ?? '';
  return i18n.t(day ? 'settings:budgetNames.sceneDay' : 'settings:budgetNames.sceneMonth', { scene });
}

/** Re-reads on the 'pipeline' and 'scenes' topics and after a reconnect; loads once now. */
export function watchPipeline(): () => void {
  const reload = () => {
    void usePipeline.getState().load();
    void usePipeline.getState().loadScenes();
  };
  const off = subscribe('data.changed', ({ topic }) => {
    if (topic === 'pipeline') void usePipeline.getState().load();
    if (topic === 'scenes') void usePipeline.getState().loadScenes();
  });
  // Events sent while the connection was down are lost: catch up when it returns.
  const offApp = useApp.subscribe((s, prev) => {
    if (s.connection === 'open' && prev.connection !== 'open' && prev.everConnected) reload();
  });
  reload();
  return () => {
    off();
    offApp();
  };
}
