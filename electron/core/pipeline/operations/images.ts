import { toFile } from 'openai';
import {
  costOfUsage, estimateImageGeneration, imageModelSpec, isPriceUnknown, perImageMicros, type PriceOverrides, type Usage as PricingUsage,
} from '../../../../shared/pricing';
import { countWith } from '../../tokens/count';
import type { Executed, ExecuteContext, Operation, Usage } from '../types';

/** One image for an edit: its bytes and what the estimate needs. */
export interface ImageInputFile {
  hash: string;
  bytes: Buffer;
  mime: string;
  width: number;
  height: number;
}

export interface ImageRequestInput {
  kind: 'generate' | 'edit';
  /** Exactly the parameters the API receives (only what the model accepts). */
  params: Record<string, string | number | boolean>;
  prompt: string;
  images: ImageInputFile[];
  mask?: { hash: string; bytes: Buffer };
  /** A per-generation key: two generations never share a cached answer, a retry of one does. */
  nonce: string;
  onPartial?: (index: number, partial: number, b64: string, format: string) => void;
}

export interface ImageRequestOutput {
  images: { b64: string; format: string }[];
  usage: PricingUsage | null;
}

interface StreamEvent {
  type: string;
  b64_json?: string;
  partial_image_index?: number;
  output_format?: string;
  usage?: PricingUsage;
}

const toUsage = (raw: PricingUsage | null, images: number, perImage: { micros: number } | null): Usage => {
  const u = raw as { input_tokens?: number; output_tokens?: number } | null;
  return { inputTokens: u?.input_tokens ?? 0, cachedTokens: 0, outputTokens: u?.output_tokens ?? 0, images, audioSeconds: 0, raw: perImage ? { perImage } : (raw ?? undefined) };
};

/** Image generation and edits (gpt-image and dall-e), streamed partial images where the model offers them. */
export function createImageOperation(overrides: () => PriceOverrides): Operation<ImageRequestInput, ImageRequestOutput> {
  function perImage(model: string, input: ImageRequestInput): number | undefined {
    return perImageMicros(model, String(input.params.size ?? '1024x1024'), String(input.params.quality ?? 'standard') as 'standard');
  }

  async function execute({ client, model, input, signal, timeoutMs }: ExecuteContext<ImageRequestInput>): Promise<Executed<ImageRequestOutput>> {
    const spec = imageModelSpec(model);
    const body: Record<string, unknown> = { ...input.params, model, prompt: input.prompt };
    if (spec?.responseFormat === 'url_or_b64') body.response_format = 'b64_json';
    let response: Response;
    let data: unknown;
    if (input.kind === 'edit') {
      body.image = await Promise.all(input.images.map((img, i) => toFile(img.bytes, `image-${i}.${img.mime.split('/')[1] ?? 'png'}`, { type: img.mime })));
      if (input.mask) body.mask = await toFile(input.mask.bytes, 'mask.png', { type: 'image/png' });
      const r = await client.images.edit(body as never, { signal, timeout: timeoutMs }).withResponse();
      response = r.response;
      data = r.data;
    } else {
      const r = await client.images.generate(body as never, { signal, timeout: timeoutMs }).withResponse();
      response = r.response;
      data = r.data;
    }
    const images: ImageRequestOutput['images'] = [];
    let usage: PricingUsage | null = null;
    if (body.stream) {
      let index = 0;
      for await (const raw of data as AsyncIterable<StreamEvent>) {
        if (raw.type.endsWith('.partial_image') && raw.b64_json) input.onPartial?.(index, raw.partial_image_index ?? 0, raw.b64_json, raw.output_format ?? 'png');
        if (raw.type.endsWith('.completed') && raw.b64_json) {
          images.push({ b64: raw.b64_json, format: raw.output_format ?? 'png' });
          index++;
          if (raw.usage) usage = raw.usage;
        }
      }
    } else {
      const d = data as { data?: { b64_json?: string }[]; output_format?: string; usage?: PricingUsage };
      for (const item of d.data ?? []) if (item.b64_json) images.push({ b64: item.b64_json, format: d.output_format ?? 'png' });
      usage = d.usage ?? null;
    }
    const fixed = perImage(model, input);
    return { output: { images, usage }, usage: toUsage(usage, images.length, fixed === undefined ? null : { micros: fixed * images.length }), headers: response.headers };
  }

  return {
    kind: 'images',
    estimate(input, model) {
      const e = estimateImageGeneration(
        {
          model,
          size: String(input.params.size ?? 'auto'),
          quality: String(input.params.quality ?? 'auto') as 'auto',
          n: Number(input.params.n ?? 1),
          promptTokens: countWith('o200k_base', input.prompt),
          inputImages: input.images.map((i) => ({ width: i.width, height: i.height })),
          partialImages: Number(input.params.partial_images ?? 0),
        },
        overrides(),
      );
      const known = !isPriceUnknown(e);
      return {
        inputTokens: known ? e.inputTokens : countWith('o200k_base', input.prompt),
        maxOutputTokens: known ? e.outputTokens : 0,
        maxCostMicros: known ? e.micros : null,
        images: Number(input.params.n ?? 1),
        audioSeconds: 0,
      };
    },
    cacheMaterial: (input) => ({ kind: input.kind, params: input.params, prompt: input.prompt, images: input.images.map((i) => i.hash), mask: input.mask?.hash, nonce: input.nonce }),
    execute,
    cost(model, usage) {
      const raw = usage.raw as { perImage?: { micros: number } } | PricingUsage | undefined;
      if (raw && 'perImage' in raw && raw.perImage) return { micros: raw.perImage.micros, known: true };
      if (!raw) return { micros: 0, known: false };
      const c = costOfUsage(model, raw as PricingUsage, overrides());
      return isPriceUnknown(c) ? { micros: 0, known: false } : { micros: c.micros, known: true };
    },
    toCache: (output) => JSON.stringify(output),
    fromCache: (payload) => JSON.parse(payload) as ImageRequestOutput,
  };
}

export interface ModerationInput {
  text: string;
  imageDataUrl?: string;
  /** The image's content hash, for the cache key. */
  imageHash?: string;
}

export interface ModerationOutput {
  flagged: string[];
}

/** The moderation endpoint on a prompt and an image (free; under the pipeline like every call). */
export function createModerationOperation(): Operation<ModerationInput, ModerationOutput> {
  return {
    kind: 'moderation',
    unfiltered: true,
    estimate: (input) => ({ inputTokens: countWith('o200k_base', input.text), maxOutputTokens: 0, maxCostMicros: 0, images: input.imageDataUrl ? 1 : 0, audioSeconds: 0 }),
    cacheMaterial: (input) => ({ text: input.text, image: input.imageHash ?? null }),
    async execute({ client, model, input, signal, timeoutMs }) {
      const parts: unknown[] = [{ type: 'text', text: input.text }];
      if (input.imageDataUrl) parts.push({ type: 'image_url', image_url: { url: input.imageDataUrl } });
      const { data, response } = await client.moderations.create({ model, input: parts as never }, { signal, timeout: timeoutMs }).withResponse();
      const flagged = new Set<string>();
      for (const r of data.results) for (const [name, on] of Object.entries(r.categories)) if (on) flagged.add(name);
      return { output: { flagged: [...flagged] }, usage: { inputTokens: 0, cachedTokens: 0, outputTokens: 0, images: 0, audioSeconds: 0 }, headers: response.headers };
    },
    cost: () => ({ micros: 0, known: true }),
    toCache: (output) => JSON.stringify(output),
    fromCache: (payload) => JSON.parse(payload) as ModerationOutput,
  };
}
