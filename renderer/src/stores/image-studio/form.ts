import { create } from 'zustand';
import type { CallInput, StudioEstimate, StudioParams } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { imageModelSpec, type ImageModelSpec } from '../../../../shared/pricing';
import { fillTemplate } from '../../../../shared/studio-templates';
import { call } from '../../api';
import { toastError } from '../shell/toasts';

export interface ReferenceImage {
  hash: string;
  name: string;
  width: number;
  height: number;
  preview: string;
}

export interface TemplateChoice {
  id: string;
  version: number;
  body: string;
  values: Record<string, string>;
}

/** What the form offers first for a model: only values it accepts. */
export function defaultParams(spec: ImageModelSpec): StudioParams {
  return {
    n: 1,
    size: spec.sizes.kind === 'fixed' ? spec.sizes.sizes[0]! : '1024x1024',
    quality: spec.qualities.includes('medium') ? 'medium' : spec.qualities[0]!,
    ...(spec.backgrounds ? { background: 'auto' as const } : {}),
    ...(spec.outputFormats ? { outputFormat: 'png' as const } : {}),
    ...(spec.moderation ? { moderation: 'auto' as const } : {}),
    ...(spec.styles ? { style: 'vivid' as const } : {}),
    partialImages: spec.maxPartials > 0 ? 2 : 0,
  };
}

/** Keeps what the new model also accepts; everything else falls back to its defaults. */
export function coerceParams(spec: ImageModelSpec, p: StudioParams): StudioParams {
  const d = defaultParams(spec);
  const sizeOk = spec.sizes.kind === 'free' || spec.sizes.sizes.includes(p.size) || (spec.autoSize && p.size === 'auto');
  return {
    ...d,
    n: Math.min(p.n, spec.maxN),
    size: sizeOk ? p.size : d.size,
    quality: (spec.qualities as readonly string[]).includes(p.quality) ? p.quality : d.quality,
    ...(spec.backgrounds && p.background ? { background: p.background } : {}),
    ...(spec.outputFormats && p.outputFormat ? { outputFormat: p.outputFormat, ...(p.compression !== undefined && p.outputFormat !== 'png' ? { compression: p.compression } : {}) } : {}),
    ...(spec.moderation && p.moderation ? { moderation: p.moderation } : {}),
    ...(spec.inputFidelity && p.inputFidelity ? { inputFidelity: p.inputFidelity } : {}),
    ...(spec.styles && p.style ? { style: p.style } : {}),
    partialImages: Math.min(p.partialImages, spec.maxPartials),
    ...(p.keepUnmasked ? { keepUnmasked: true } : {}),
  };
}

interface FormState {
  providerId: string;
  model: string;
  prompt: string;
  params: StudioParams;
  inputs: ReferenceImage[];
  /** PNG with alpha, base64, the size of the first input. */
  maskBase64: string | null;
  maskPreview: string | null;
  template: TemplateChoice | null;
  brandId: string | null;
  boardId: string | null;
  editedFrom: string | null;
  /** The output this request makes variations of (lineage). */
  variationOf: string | null;
  /** Collect in the Batch API draft instead of sending now. */
  batch: boolean;
  estimate: StudioEstimate | null;
  estimating: boolean;
  sending: boolean;
  /** An estimate over the threshold, waiting for the user's yes. */
  confirming: StudioEstimate | null;
  error: AppError | null;
  setModel(providerId: string, model: string): void;
  setPrompt(prompt: string): void;
  setParams(patch: Partial<StudioParams>): void;
  setTemplate(t: TemplateChoice | null): void;
  setTemplateValue(name: string, value: string): void;
  set(patch: Partial<Pick<FormState, 'brandId' | 'boardId' | 'batch'>>): void;
  addFiles(files: File[]): Promise<void>;
  useAsReference(ref: ReferenceImage, outputId: string): void;
  /** Variations of an output: the image as the reference, its prompt, several images. */
  useForVariations(ref: ReferenceImage, outputId: string, prompt: string): void;
  removeInput(hash: string): void;
  setMask(base64: string | null, preview: string | null): void;
  refreshEstimate(): Promise<void>;
  submit(confirmed?: boolean): Promise<boolean>;
}

const promptOf = (s: Pick<FormState, 'prompt' | 'template'>) => (s.template ? fillTemplate(s.template.body, s.template.values).prompt : s.prompt);

const toBase64 = async (file: File) => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
};

let estimateTimer: ReturnType<typeof setTimeout> | undefined;
let estimateSerial = 0;

export const useStudioForm = create<FormState>()((set, get) => {
  const request = (confirmed = false): CallInput<'studio.generate'> => {
    const s = get();
    return {
      providerId: s.providerId,
      model: s.model,
      prompt: promptOf(s),
      params: s.params,
      inputs: s.inputs.map((i) => i.hash),
      ...(s.maskBase64 && s.inputs.length ? { maskBase64: s.maskBase64 } : {}),
      ...(s.template ? { template: { id: s.template.id, version: s.template.version, values: s.template.values } } : {}),
      ...(s.brandId ? { brandId: s.brandId } : {}),
      ...(s.boardId ? { boardId: s.boardId } : {}),
      ...(s.editedFrom && s.inputs.length ? { editedFrom: s.editedFrom } : {}),
      ...(s.variationOf && s.inputs.length ? { variationOf: s.variationOf } : {}),
      batch: s.batch,
      confirmed,
    };
  };
  const soon = () => {
    clearTimeout(estimateTimer);
    estimateTimer = setTimeout(() => void get().refreshEstimate(), 200);
  };
  return {
    providerId: '',
    model: 'gpt-image-2',
    prompt: '',
    params: defaultParams(imageModelSpec('gpt-image-2')!),
    inputs: [],
    maskBase64: null,
    maskPreview: null,
    template: null,
    brandId: null,
    boardId: null,
    editedFrom: null,
    variationOf: null,
    batch: false,
    estimate: null,
    estimating: false,
    sending: false,
    confirming: null,
    error: null,
    setModel(providerId, model) {
      const spec = imageModelSpec(model);
      set({ providerId, model, params: spec ? coerceParams(spec, get().params) : get().params });
      soon();
    },
    setPrompt(prompt) {
      set({ prompt });
      soon();
    },
    setParams(patch) {
      set({ params: { ...get().params, ...patch } });
      soon();
    },
    setTemplate(template) {
      set({ template, ...(template === null ? { prompt: promptOf(get()) } : {}) });
      soon();
    },
    setTemplateValue(name, value) {
      const t = get().template;
      if (!t) return;
      set({ template: { ...t, values: { ...t.values, [name]: value } } });
      soon();
    },
    set(patch) {
      set(patch);
      if (patch.batch !== undefined) soon();
    },
    async addFiles(files) {
      const room = 16 - get().inputs.length;
      for (const file of files.slice(0, Math.max(0, room))) {
        const r = await call('studio.addImage', { name: file.name, dataBase64: await toBase64(file) });
        if (!r.ok) {
          toastError(r.error);
          continue;
        }
        const first = get().inputs.length === 0;
        set({ inputs: [...get().inputs, { ...r.value, name: file.name }], ...(first ? { maskBase64: null, maskPreview: null } : {}) });
      }
      soon();
    },
    useAsReference(ref, outputId) {
      set({ inputs: [ref], editedFrom: outputId, variationOf: null, maskBase64: null, maskPreview: null, batch: false });
      soon();
    },
    useForVariations(ref, outputId, prompt) {
      const p = get().params;
      set({ inputs: [ref], variationOf: outputId, editedFrom: null, maskBase64: null, maskPreview: null, template: null, prompt, batch: false, params: { ...p, n: p.n > 1 ? p.n : 4 } });
      soon();
    },
    removeInput(hash) {
      const wasFirst = get().inputs[0]?.hash === hash;
      const inputs = get().inputs.filter((i) => i.hash !== hash);
      set({ inputs, ...(wasFirst ? { maskBase64: null, maskPreview: null } : {}), ...(inputs.length ? {} : { editedFrom: null, variationOf: null }) });
      soon();
    },
    setMask(maskBase64, maskPreview) {
      set({ maskBase64, maskPreview });
      soon();
    },
    async refreshEstimate() {
      const s = get();
      if (!s.providerId || !promptOf(s).trim()) return set({ estimate: null });
      const mine = ++estimateSerial;
      set({ estimating: true });
      const r = await call('studio.estimate', request());
      if (mine !== estimateSerial) return;
      set({ estimating: false, estimate: r.ok ? r.value : null, error: r.ok ? null : r.error });
    },
    async submit(confirmed = false) {
      set({ sending: true, error: null });
      const r = await call('studio.generate', request(confirmed));
      set({ sending: false });
      if (!r.ok) {
        set({ error: r.error });
        return false;
      }
      if (r.value.status === 'confirm') {
        set({ confirming: r.value.estimate });
        return false;
      }
      set({ confirming: null });
      return true;
    },
  };
});

export const currentPrompt = promptOf;
