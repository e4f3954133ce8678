/**
 * Image-generation models as dated data: what each one accepts (sizes, quality, background, formats,
 * edits, masks, n, streaming) and when it was deprecated or retired. The studio's form offers only
 * what the chosen model accepts, core refuses anything else before sending, and the simulator
 * validates requests with the same rules (see `checkImageRequest`).
 */

/** The day these capabilities and dates were last checked (openai-openapi v2.3.0, model pages). */
export const IMAGE_MODELS_DATE = '2026-11-28';

export type ImageQuality = 'low' | 'medium' | 'high' | 'auto' | 'standard' | 'hd';
export type ImageBackground = 'transparent' | 'opaque' | 'auto';
export type ImageOutputFormat = 'png' | 'jpeg' | 'webp';

/** Sizes a model accepts: a fixed list, or gpt-image-2's free width × height rule. */
export type ImageSizeRule =
  | { kind: 'fixed'; sizes: readonly string[] }
  | {
      kind: 'free';
      /** Both sides must be multiples of this. */
      multiple: number;
      /** width / height within [minAspect, maxAspect]. */
      minAspect: number;
      maxAspect: number;
      /** The long side and the short side may not exceed these (3840 × 2160). */
      maxLong: number;
      maxShort: number;
      /** Above this many pixels the size is experimental (2560 × 1440). */
      experimentalAbovePixels: number;
      /** Sizes offered as presets in the form. */
      presets: readonly string[];
    };

export interface ImageModelSpec {
  id: string;
  label: string;
  sizes: ImageSizeRule;
  /** 'auto' lets the model pick a size. */
  autoSize: boolean;
  qualities: readonly ImageQuality[];
  /** Absent: the model has no background parameter. */
  backgrounds?: readonly ImageBackground[];
  /** Transparent background is only a preview on this model (reported to fail). */
  transparentPreview?: boolean;
  /** Absent: PNG only, chosen by the API. */
  outputFormats?: readonly ImageOutputFormat[];
  /** output_compression 0–100 for jpeg/webp. */
  compression: boolean;
  /** moderation low | auto. */
  moderation: boolean;
  /** input_fidelity high | low on edits. */
  inputFidelity: boolean;
  /** Whether /images/edits accepts the model, and with how many input images. */
  edits: { maxImages: number; masks: boolean; squarePngOnly?: boolean } | null;
  maxN: number;
  /** partial_images 0..maxPartials with stream: true; 0 = no streaming. */
  maxPartials: number;
  /** dall-e-3's vivid | natural. */
  styles?: readonly string[];
  maxPromptChars: number;
  /** gpt-image models always answer base64; dall-e answers a URL unless response_format is b64_json. */
  responseFormat: 'b64_only' | 'url_or_b64';
  /** Billing: by tokens from usage, or a fixed price per image by size and quality (USD). */
  billing: { kind: 'tokens' } | { kind: 'per_image'; usd: Readonly<Record<string, Readonly<Record<string, number>>>> };
  /** ISO days; null = not announced. */
  deprecated: string | null;
  retired: string | null;
  /** Deprecated without a published day (the picker says "deprecated" without a date). */
  deprecatedUndated?: true;
  /** The model to use instead, for a deprecated or retired one. */
  replacement?: string;
  /** English summary for logs and core's fallback wording (the picker words its help from the fields above). */
  note?: string;
}

const GPT_QUALITIES = ['low', 'medium', 'high', 'auto'] as const;
const BACKGROUNDS = ['transparent', 'opaque', 'auto'] as const;
const FORMATS = ['png', 'jpeg', 'webp'] as const;
const GPT_SIZES: ImageSizeRule = { kind: 'fixed', sizes: ['1024x1024', '1536x1024', '1024x1536'] };
const gptImage = (id: string, label: string, extra: Partial<ImageModelSpec>): ImageModelSpec => ({
  id,
  label,
  sizes: GPT_SIZES,
  autoSize: true,
  qualities: GPT_QUALITIES,
  backgrounds: BACKGROUNDS,
  outputFormats: FORMATS,
  compression: true,
  moderation: true,
  inputFidelity: true,
  edits: { maxImages: 16, masks: true },
  maxN: 10,
  maxPartials: 3,
  maxPromptChars: 32_000,
  responseFormat: 'b64_only',
  billing: { kind: 'tokens' },
  deprecated: null,
  retired: null,
  ...extra,
});

/** Every image model Atelier knows, newest first. */
export const IMAGE_MODELS: readonly ImageModelSpec[] = [
  gptImage('gpt-image-2', 'GPT Image 2', {
    sizes: {
      kind: 'free',
      multiple: 16,
      minAspect: 1 / 3,
      maxAspect: 3,
      maxLong: 3840,
      maxShort: 2160,
      experimentalAbovePixels: 2560 * 1440,
      presets: ['1024x1024', '1536x1024', '1024x1536', '1920x1080', '1080x1920', '2560x1440', '3840x2160'],
    },
    transparentPreview: true,
    note: 'Any width × height in multiples of 16; above 2560 × 1440 is experimental; transparent backgrounds are a preview.',
  }),
  gptImage('gpt-image-1.5', 'GPT Image 1.5', {}),
  gptImage('gpt-image-1-mini', 'GPT Image 1 mini', { inputFidelity: false, deprecatedUndated: true, replacement: 'gpt-image-2', note: 'Deprecated (no retirement day announced): prefer gpt-image-2.' }),
  gptImage('gpt-image-1', 'GPT Image 1', { retired: '2026-10-23', note: 'Retired on 2026-10-23 per its model page; providers may refuse it.' }),
  {
    id: 'dall-e-3',
    label: 'DALL·E 3',
    sizes: { kind: 'fixed', sizes: ['1024x1024', '1792x1024', '1024x1792'] },
    autoSize: false,
    qualities: ['standard', 'hd'],
    compression: false,
    moderation: false,
    inputFidelity: false,
    edits: null,
    maxN: 1,
    maxPartials: 0,
    styles: ['vivid', 'natural'],
    maxPromptChars: 4000,
    responseFormat: 'url_or_b64',
    billing: {
      kind: 'per_image',
      usd: { standard: { '1024x1024': 0.04, '1792x1024': 0.08, '1024x1792': 0.08 }, hd: { '1024x1024': 0.08, '1792x1024': 0.12, '1024x1792': 0.12 } },
    },
    deprecated: '2025-11-14',
    retired: '2026-05-12',
    note: 'Retired on 2026-05-12; no edits, one image per request.',
  },
  {
    id: 'dall-e-2',
    label: 'DALL·E 2',
    sizes: { kind: 'fixed', sizes: ['256x256', '512x512', '1024x1024'] },
    autoSize: false,
    qualities: ['standard'],
    compression: false,
    moderation: false,
    inputFidelity: false,
    edits: { maxImages: 1, masks: true, squarePngOnly: true },
    maxN: 10,
    maxPartials: 0,
    maxPromptChars: 1000,
    responseFormat: 'url_or_b64',
    billing: { kind: 'per_image', usd: { standard: { '256x256': 0.016, '512x512': 0.018, '1024x1024': 0.02 } } },
    deprecated: '2025-11-14',
    retired: '2026-05-12',
    note: 'Retired on 2026-05-12; edits take one square PNG under 4 MB.',
  },
];

const BY_ID = new Map(IMAGE_MODELS.map((m) => [m.id, m]));

/** The spec of an image model; snapshot ids ('gpt-image-1-2025-04-15') resolve to their base. */
export function imageModelSpec(model: string): ImageModelSpec | undefined {
  const id = model.trim().toLowerCase().replace(/^openai\//, '');
  const exact = BY_ID.get(id);
  if (exact) return exact;
  const base = [...BY_ID.keys()].filter((k) => id.startsWith(`${k}-`) && /^(\d{4}-\d{2}-\d{2}|latest)$/.test(id.slice(k.length + 1)));
  return base.length ? BY_ID.get(base.sort((a, b) => b.length - a.length)[0]!) : undefined;
}

/** 'retired' when today is on or after its retirement day, 'deprecated' after that day, else 'current'. */
export function imageModelStatus(spec: ImageModelSpec, today: string): 'current' | 'deprecated' | 'retired' {
  if (spec.retired && today >= spec.retired) return 'retired';
  if (spec.retired) return 'deprecated';
  if (spec.deprecatedUndated || (spec.deprecated && today >= spec.deprecated)) return 'deprecated';
  return 'current';
}

/** Parses 'WxH'; undefined for anything else. */
export function parseSize(size: string): { width: number; height: number } | undefined {
  const m = /^(\d{1,5})x(\d{1,5})$/.exec(size);
  return m ? { width: Number(m[1]), height: Number(m[2]) } : undefined;
}

/** Why a size is not accepted by a model, or null when it is. */
export function sizeProblem(spec: ImageModelSpec, size: string): string | null {
  if (size === 'auto') return spec.autoSize ? null : `${spec.id} needs an explicit size.`;
  const rule = spec.sizes;
  if (rule.kind === 'fixed') return rule.sizes.includes(size) ? null : `${spec.id} accepts the sizes ${rule.sizes.join(', ')}${spec.autoSize ? ' and auto' : ''}.`;
  const dims = parseSize(size);
  if (!dims) return `A size is written as WIDTHxHEIGHT, such as 1536x1024.`;
  const { width, height } = dims;
  if (width % rule.multiple || height % rule.multiple) return `Both sides must be multiples of ${rule.multiple} (got ${width} × ${height}).`;
  const aspect = width / height;
  if (aspect < rule.minAspect - 1e-9 || aspect > rule.maxAspect + 1e-9) return `The aspect ratio must be between 1:3 and 3:1 (got ${width} × ${height}).`;
  if (Math.max(width, height) > rule.maxLong || Math.min(width, height) > rule.maxShort) return `The largest size is ${rule.maxLong} × ${rule.maxShort} (got ${width} × ${height}).`;
  if (width < rule.multiple || height < rule.multiple) return `Both sides must be at least ${rule.multiple} pixels.`;
  return null;
}

/** Whether a free size is in the experimental range (above 2560 × 1440 on gpt-image-2). */
export function sizeIsExperimental(spec: ImageModelSpec, size: string): boolean {
  const dims = parseSize(size);
  return spec.sizes.kind === 'free' && dims !== undefined && dims.width * dims.height > spec.sizes.experimentalAbovePixels;
}

/** An image request's parameters, as sent to /images/generations or /images/edits. */
export interface ImageRequestParams {
  model: string;
  prompt: string;
  n?: number;
  size?: string;
  quality?: string;
  background?: string;
  output_format?: string;
  output_compression?: number;
  moderation?: string;
  input_fidelity?: string;
  style?: string;
  stream?: boolean;
  partial_images?: number;
  response_format?: string;
}

/** One reason a request is refused: which parameter, an API-style code, and a message. */
export interface ImageRequestIssue {
  param: string;
  code: 'unsupported_value' | 'invalid_value' | 'unknown_parameter' | 'integer_above_max_value' | 'integer_below_min_value' | 'string_above_max_length' | 'invalid_model';
  message: string;
}

/**
 * Checks a request against what its model accepts; the first problems come first. `edit` adds the
 * edit rules (input image count, mask support). Returns [] when the request is acceptable.
 */
export function checkImageRequest(spec: ImageModelSpec, p: ImageRequestParams, edit?: { images: number; mask: boolean }): ImageRequestIssue[] {
  const issues: ImageRequestIssue[] = [];
  const unsupported = (param: string, message: string) => issues.push({ param, code: 'unsupported_value', message });
  const unknown = (param: string) =>
    issues.push({ param, code: 'unknown_parameter', message: `Unknown parameter: '${param}'. ${spec.id} does not accept it.` });
  if (p.prompt.length > spec.maxPromptChars) {
    issues.push({ param: 'prompt', code: 'string_above_max_length', message: `Invalid 'prompt': string too long. Expected a string with maximum length ${spec.maxPromptChars}, but got a string with length ${p.prompt.length} instead.` });
  }
  if (p.n !== undefined) {
    if (p.n < 1) issues.push({ param: 'n', code: 'integer_below_min_value', message: `Invalid 'n': integer below minimum value. Expected a value >= 1, but got ${p.n} instead.` });
    else if (p.n > spec.maxN) issues.push({ param: 'n', code: 'integer_above_max_value', message: `Invalid 'n': integer above maximum value. Expected a value <= ${spec.maxN}, but got ${p.n} instead.` });
  }
  if (p.size !== undefined) {
    const problem = sizeProblem(spec, p.size);
    if (problem) unsupported('size', `Invalid size '${p.size}'. ${problem}`);
  }
  if (p.quality !== undefined && !(spec.qualities as readonly string[]).includes(p.quality)) {
    unsupported('quality', `Invalid quality '${p.quality}' for ${spec.id}. Supported values are: ${spec.qualities.map((q) => `'${q}'`).join(', ')}.`);
  }
  if (p.background !== undefined) {
    if (!spec.backgrounds) unknown('background');
    else if (!(spec.backgrounds as readonly string[]).includes(p.background)) unsupported('background', `Invalid background '${p.background}'.`);
    else if (p.background === 'transparent' && p.output_format === 'jpeg') {
      unsupported('background', "Transparent background is not supported for output format 'jpeg'. Use 'png' or 'webp'.");
    }
  }
  if (p.output_format !== undefined) {
    if (!spec.outputFormats) unknown('output_format');
    else if (!(spec.outputFormats as readonly string[]).includes(p.output_format)) unsupported('output_format', `Invalid output_format '${p.output_format}'.`);
  }
  if (p.output_compression !== undefined) {
    if (!spec.compression) unknown('output_compression');
    else if (p.output_compression < 0 || p.output_compression > 100) issues.push({ param: 'output_compression', code: 'invalid_value', message: 'output_compression must be between 0 and 100.' });
    else if (p.output_compression < 100 && (p.output_format ?? 'png') === 'png') unsupported('output_compression', 'Compression less than 100 is not supported for PNG output format.');
  }
  if (p.moderation !== undefined) {
    if (!spec.moderation) unknown('moderation');
    else if (!['low', 'auto'].includes(p.moderation)) unsupported('moderation', `Invalid moderation '${p.moderation}'. Supported values are: 'low', 'auto'.`);
  }
  if (p.input_fidelity !== undefined) {
    if (!spec.inputFidelity) unsupported('input_fidelity', `input_fidelity is not supported for ${spec.id}.`);
    else if (!['low', 'high'].includes(p.input_fidelity)) unsupported('input_fidelity', `Invalid input_fidelity '${p.input_fidelity}'.`);
    else if (!edit) unknown('input_fidelity');
  }
  if (p.style !== undefined) {
    if (!spec.styles) unknown('style');
    else if (!spec.styles.includes(p.style)) unsupported('style', `Invalid style '${p.style}'. Supported values are: ${spec.styles.map((s) => `'${s}'`).join(', ')}.`);
  }
  if (p.stream && spec.maxPartials === 0) unsupported('stream', `Streaming is not supported for ${spec.id}.`);
  if (p.partial_images !== undefined) {
    if (spec.maxPartials === 0) unknown('partial_images');
    else if (p.partial_images < 0 || p.partial_images > spec.maxPartials) {
      issues.push({ param: 'partial_images', code: 'integer_above_max_value', message: `Invalid 'partial_images': expected a value between 0 and ${spec.maxPartials}.` });
    }
  }
  if (p.response_format !== undefined && p.response_format !== 'b64_json' && spec.responseFormat === 'b64_only') {
    unknown('response_format');
  }
  if (edit) {
    if (!spec.edits) issues.push({ param: 'model', code: 'invalid_model', message: `The model \`${spec.id}\` does not support image edits.` });
    else {
      if (edit.images > spec.edits.maxImages) {
        issues.push({ param: 'image', code: 'integer_above_max_value', message: `Invalid 'image': too many images. Expected at most ${spec.edits.maxImages}, but got ${edit.images}.` });
      }
      if (edit.mask && !spec.edits.masks) unsupported('mask', `${spec.id} does not accept a mask.`);
    }
  }
  return issues;
}
