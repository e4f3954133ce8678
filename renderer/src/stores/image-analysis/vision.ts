/** Image analysis: batches, the open batch with its items, recipes, estimates, comparison, uploads. */
import { create } from 'zustand';
import type { BatchDetail, BatchMode, BatchView, CompareCell, CropRect, EstimateAccuracy, EstimateRow, ModelRef, Recipe, VisionItem } from '../../../../shared/contract';
import { makeError, type AppError } from '../../../../shared/errors';
import type { VisionDetail } from '../../../../shared/pricing';
import { call } from '../../api';
import { downloadFile } from '../../lib/download';
import { uploadFile } from '../../lib/upload';
import { i18n } from '../../i18n';
import { useChatComposer } from '../chat/composer';
import { useChatConversation } from '../chat/conversation';
import { useChatList } from '../chat/list';
import { useNavigation } from '../shell/navigation';
import { toastError, toastSuccess } from '../shell/toasts';

/** Estimates compared side by side: the chosen model at each detail level, and other vision models at auto. */
export const COMPARE_MODELS = ['gpt-5-mini', 'gpt-5-nano', 'gpt-4.1-mini', 'gpt-4.1', 'gpt-4o', 'gpt-5'];

export interface RunOptions {
  recipeId: string;
  model: ModelRef | null;
  detail: VisionDetail;
  mode: BatchMode;
  /** Dollars, as typed; empty = no cap. */
  budget: string;
}

interface VisionState {
  batches: BatchView[];
  loaded: boolean;
  loadError: AppError | null;
  recipes: Recipe[];
  openId: string | null;
  detail: BatchDetail | null;
  estimates: EstimateRow[];
  estimating: boolean;
  compare: CompareCell[] | null;
  comparing: boolean;
  summarizing: boolean;
  upload: { sent: number; total: number; current: string } | null;
  options: RunOptions;
  busy: boolean;
  load(): Promise<void>;
  open(id: string | null): Promise<void>;
  refreshOpen(): Promise<void>;
  addFiles(files: { file: File; path: string }[]): Promise<void>;
  setOptions(patch: Partial<RunOptions>): void;
  estimate(): Promise<void>;
  start(): Promise<void>;
  act(action: 'pause' | 'resume' | 'cancel'): Promise<void>;
  remove(id: string): Promise<void>;
  saveRecipe(recipe: Omit<Recipe, 'id' | 'builtin' | 'updatedAt'> & { id?: string }): Promise<Recipe | null>;
  correct(itemId: string, field: string, value: string | number | boolean | null): Promise<void>;
  rerun(itemId: string, model?: ModelRef, recipeId?: string): Promise<void>;
  setCrop(itemId: string, crop: CropRect | null): Promise<void>;
  runCompare(models: ModelRef[]): Promise<void>;
  exportAs(format: 'csv' | 'xlsx' | 'json'): Promise<void>;
  summarize(question: string): Promise<void>;
  openInChat(itemId: string): Promise<void>;
  /** Estimates against reported tokens for the Usage screen's period (null until read). */
  accuracy: EstimateAccuracy | null;
  loadAccuracy(from: string, to: string): Promise<void>;
}

const fail = (error: AppError) => toastError(error, i18n.t('vision:errors.title'));
let serial = 0;

export const useVision = create<VisionState>()((set, get) => {
  const sendFile = (file: File, before: number, total: number, uploads: string[]): Promise<string> =>
    uploadFile(file, { started: (id) => uploads.push(id), progress: (sent) => set({ upload: { sent: before + sent, total, current: file.name } }) });
  const applyDetail = (d: BatchDetail) => {
    const { options, recipes } = get();
    const recipeId = d.batch.state === 'draft' && options.recipeId ? options.recipeId : d.batch.recipe.id;
    set({ detail: d, options: { ...options, recipeId: recipes.some((r) => r.id === recipeId) ? recipeId : d.batch.recipe.id } });
  };

  return {
    batches: [],
    loaded: false,
    loadError: null,
    recipes: [],
    openId: null,
    detail: null,
    estimates: [],
    estimating: false,
    compare: null,
    comparing: false,
    summarizing: false,
    upload: null,
    options: { recipeId: 'builtin-describe', model: null, detail: 'auto', mode: 'live', budget: '' },
    busy: false,
    accuracy: null,
    async loadAccuracy(from, to) {
      const r = await call('vision.estimateAccuracy', { from, to });
      set({ accuracy: r.ok ? r.value : null });
    },
    async load() {
      const mine = ++serial;
      const [batches, recipes] = await Promise.all([call('vision.batches', {}), call('vision.recipes', {})]);
      if (mine !== serial) return;
      if (!batches.ok) return set({ loadError: batches.error, loaded: true });
      set({ batches: batches.value, recipes: recipes.ok ? recipes.value : get().recipes, loaded: true, loadError: null });
      const { openId } = get();
      if (openId && !batches.value.some((b) => b.id === openId)) set({ openId: null, detail: null });
    },
    async open(id) {
      set({ openId: id, detail: null, compare: null, estimates: [] });
      if (!id) return;
      const r = await call('vision.get', { id });
      if (get().openId !== id) return;
      if (r.ok) {
        applyDetail(r.value);
        if (r.value.batch.state === 'draft') void get().estimate();
      } else fail(r.error);
    },
    async refreshOpen() {
      const id = get().openId;
      if (!id) return;
      const r = await call('vision.get', { id });
      if (r.ok && get().openId === id) set({ detail: r.value });
    },
    async addFiles(files) {
      if (files.length === 0) return;
      const total = files.reduce((n, f) => n + f.file.size, 0);
      set({ upload: { sent: 0, total, current: files[0]!.file.name } });
      const uploads: string[] = [];
      try {
        const named: { uploadId: string | null; name: string }[] = [];
        let sent = 0;
        for (const f of files) {
          named.push({ uploadId: f.file.size === 0 ? null : await sendFile(f.file, sent, total, uploads), name: f.path || f.file.name });
          sent += f.file.size;
        }
        const current = get().detail?.batch;
        const r = current?.state === 'draft'
          ? await call('vision.addToBatch', { batchId: current.id, uploads: named })
          : await call('vision.createBatch', { uploads: named, recipeId: get().options.recipeId });
        if (!r.ok) throw r.error;
        set({ openId: r.value.batch.id });
        applyDetail(r.value);
        void get().load();
        void get().estimate();
        const failed = r.value.items.filter((i) => i.state === 'failed').length;
        toastSuccess(i18n.t('vision:intake.added', { count: r.value.items.length }), failed ? i18n.t('vision:intake.unreadable', { count: failed }) : undefined);
      } catch (e) {
        for (const uploadId of uploads) void call('uploads.cancel', { uploadId });
        fail(e && typeof e === 'object' && 'code' in e ? (e as AppError) : makeError('internal'));
      } finally {
        set({ upload: null });
      }
    },
    setOptions(patch) {
      set({ options: { ...get().options, ...patch } });
      if (patch.recipeId || patch.model || patch.detail) void get().estimate();
    },
    async estimate() {
      const { detail, options } = get();
      if (!detail || !options.model) return set({ estimates: [] });
      const { providerId, model } = options.model;
      const levels: VisionDetail[] = ['low', 'high', 'auto', ...(/^gpt-5-(mini|nano)/.test(model) ? (['original'] as const) : [])];
      const others = COMPARE_MODELS.filter((m) => m !== model).map((m) => ({ providerId, model: m, detail: options.detail }));
      set({ estimating: true });
      const r = await call('vision.estimate', { batchId: detail.batch.id, recipeId: options.recipeId, targets: [...levels.map((d) => ({ providerId, model, detail: d })), ...others] });
      set({ estimating: false, estimates: r.ok ? r.value : [] });
    },
    async start() {
      const { detail, options } = get();
      if (!detail || !options.model) return;
      const budget = options.budget.trim() ? Math.round(Number(options.budget) * 1e6) : null;
      set({ busy: true });
      const r = await call('vision.start', { batchId: detail.batch.id, recipeId: options.recipeId, model: options.model, detail: options.detail, mode: options.mode, budgetMicros: budget && budget > 0 ? budget : null });
      set({ busy: false });
      if (!r.ok) return fail(r.error);
      await Promise.all([get().load(), get().refreshOpen()]);
    },
    async act(action) {
      const id = get().openId;
      if (!id) return;
      const r = await call(`vision.${action}`, { batchId: id });
      if (!r.ok) fail(r.error);
      await Promise.all([get().load(), get().refreshOpen()]);
    },
    async remove(id) {
      const r = await call('vision.removeBatch', { batchId: id });
      if (!r.ok) return fail(r.error);
      if (get().openId === id) set({ openId: null, detail: null });
      await get().load();
    },
    async saveRecipe(recipe) {
      const r = await call('vision.saveRecipe', recipe);
      if (!r.ok) {
        fail(r.error);
        return null;
      }
      await get().load();
      get().setOptions({ recipeId: r.value.id });
      return r.value;
    },
    async correct(itemId, field, value) {
      const r = await call('vision.correct', { itemId, field, value });
      if (!r.ok) return fail(r.error);
      replaceItem(r.value);
    },
    async rerun(itemId, model, recipeId) {
      const r = await call('vision.rerun', { itemId, ...(model ? { model } : {}), ...(recipeId ? { recipeId } : {}) });
      if (!r.ok) return fail(r.error);
      replaceItem(r.value);
    },
    async setCrop(itemId, crop) {
      const r = await call('vision.setCrop', { itemId, crop });
      if (!r.ok) return fail(r.error);
      replaceItem(r.value);
      void get().estimate();
    },
    async runCompare(models) {
      const { detail, options } = get();
      if (!detail) return;
      set({ comparing: true, compare: null });
      const r = await call('vision.compare', { batchId: detail.batch.id, recipeId: options.recipeId, models, sample: 3, detail: options.detail === 'original' ? 'high' : options.detail });
      set({ comparing: false, compare: r.ok ? r.value : null });
      if (!r.ok) fail(r.error);
    },
    async exportAs(format) {
      const id = get().openId;
      if (!id) return;
      const r = await call('vision.export', { batchId: id, format });
      if (!r.ok) return fail(r.error);
      downloadFile(r.value);
    },
    async summarize(question) {
      const id = get().openId;
      if (!id) return;
      set({ summarizing: true });
      const r = await call('vision.summarize', { batchId: id, question });
      set({ summarizing: false });
      if (!r.ok) return fail(r.error);
      await get().refreshOpen();
    },
    async openInChat(itemId) {
      const r = await call('vision.openInChat', { itemId });
      if (!r.ok) return fail(r.error);
      const { conversationId, attachment, draft } = r.value;
      useChatComposer.setState((s) => ({
        drafts: { ...s.drafts, [conversationId]: { text: draft, attachments: [{ key: `vision-${itemId}`, name: attachment.name, bytes: attachment.bytes, kind: 'image', status: 'ready', attachment }] } },
      }));
      await useChatList.getState().load();
      useNavigation.getState().navigate('chat');
      await useChatConversation.getState().open(conversationId);
    },
  };

  function replaceItem(item: VisionItem) {
    const d = get().detail;
    if (d) set({ detail: { ...d, items: d.items.map((i) => (i.id === item.id ? item : i)) } });
  }
});
