/**
 * One image through the pipeline: prepared (read, oriented, stripped, scaled, encoded), sent with the
 * recipe's instructions under the image-understanding policy, answered in the recipe's strict schema.
 * The prepared bytes are deterministic, so the same image with the same recipe and model is a cache hit.
 */
import type { Recipe } from '../../../../shared/contract';
import { AppFailure } from '../../../../shared/errors';
import { estimateChatRequest, type PriceOverrides, type VisionDetail } from '../../../../shared/pricing';
import type { Priority } from '../../../../shared/policy';
import type { ItemRow } from '../../db/repos/vision';
import { plannedSize, prepareImage, type CropRect, type PreparedImage } from '../../media/image-prepare';
import type { ChatInput, ChatMessage } from '../../pipeline/operations/chat';
import type { PipelineStack } from '../../pipeline/stack';
import { normalizeResult, recipePrompt, recipeSchema } from './recipes';

export const VISION_SCENE = 'image_analysis';

export interface AnalyzeTarget {
  providerId: string;
  model: string;
  detail: VisionDetail;
}

export interface Analysis {
  result: Record<string, unknown>;
  sent: { width: number; height: number; bytes: number };
  estImageTokens: number | null;
  estInputTokens: number;
  inputTokens: number;
  outputTokens: number;
  costMicros: number;
  cached: boolean;
  requestId: string;
  model: string;
  latencyMs: number;
}

/** Chat Completions takes low / high / auto; 'original' needs the Responses API. */
export function sendableDetail(detail: VisionDetail): 'low' | 'high' | 'auto' {
  if (detail === 'original') throw new AppFailure('invalid_input', "Detail 'original' is offered by the Responses API only; Atelier sends analyses through Chat Completions. Pick high instead.");
  return detail;
}

/** The chat request for one prepared image (also written into Batch API files). */
export function visionRequest(recipe: Recipe, image: { dataUrl: string; width: number; height: number }, detail: 'low' | 'high' | 'auto'): ChatInput {
  const messages: ChatMessage[] = [
    {
      role: 'user',
      content: [
        { type: 'text', text: recipePrompt(recipe) },
        { type: 'image_url', image_url: { url: image.dataUrl, detail }, width: image.width, height: image.height },
      ],
    },
  ];
  return { messages, jsonSchema: recipeSchema(recipe), maxOutputTokens: Math.max(256, recipe.expectedOutputTokens * 4) };
}

/** Input tokens of one image's request at a pixel size (text heuristic + exact image formula). */
export function estimateItem(recipe: Recipe, model: string, size: { width: number; height: number }, detail: VisionDetail, overrides?: PriceOverrides) {
  const e = estimateChatRequest(
    { model, maxOutputTokens: recipe.expectedOutputTokens, messages: [{ role: 'user', text: recipePrompt(recipe), images: [{ width: size.width, height: size.height, detail }] }] },
    overrides,
  );
  return e;
}

/** The size an item would be sent at for a target (no decoding). */
export const itemSentSize = (item: Pick<ItemRow, 'width' | 'height' | 'crop'>, model: string, detail: VisionDetail, overrides?: PriceOverrides) =>
  plannedSize({ width: item.width ?? 1, height: item.height ?? 1 }, { model, detail, crop: item.crop as CropRect | null, overrides });

/** One image made ready to send: its prepared bytes, the request and the estimate of its input tokens. */
export interface PreparedAnalysis {
  prepared: PreparedImage;
  input: ChatInput;
  detail: 'low' | 'high' | 'auto';
  estInputTokens: number;
}

/** Reads, orients, crops, scales and encodes one image and builds its request (no network). */
export async function prepareAnalysis(
  stack: Pick<PipelineStack, 'settings'>,
  item: Pick<ItemRow, 'sourcePath' | 'name' | 'crop'>,
  recipe: Recipe,
  target: AnalyzeTarget,
): Promise<PreparedAnalysis> {
  const detail = sendableDetail(target.detail);
  const overrides = stack.settings.config().priceOverrides;
  const prepared = await prepareImage(item.sourcePath, item.name, { model: target.model, detail, crop: item.crop, overrides });
  const input = visionRequest(recipe, { dataUrl: `data:${prepared.mime};base64,${prepared.data.toString('base64')}`, width: prepared.width, height: prepared.height }, detail);
  return { prepared, input, detail, estInputTokens: estimateItem(recipe, target.model, prepared, detail, overrides).inputTokens };
}

/** Sends a prepared image through the pipeline under the image-understanding policy. */
export async function sendAnalysis(
  stack: Pick<PipelineStack, 'pipeline' | 'operations'>,
  ready: PreparedAnalysis,
  recipe: Recipe,
  target: AnalyzeTarget,
  opts: { signal?: AbortSignal; priority?: Priority } = {},
): Promise<Analysis> {
  const { prepared } = ready;
  const r = await stack.pipeline.run(stack.operations.chat, {
    scene: VISION_SCENE,
    modality: 'image-understanding',
    providerId: target.providerId,
    model: target.model,
    priority: opts.priority ?? 'interactive',
    signal: opts.signal,
    input: ready.input,
  });
  return {
    result: normalizeResult(recipe, r.output.text),
    sent: { width: prepared.width, height: prepared.height, bytes: prepared.data.length },
    estImageTokens: prepared.tokens,
    estInputTokens: ready.estInputTokens,
    inputTokens: r.usage.inputTokens,
    outputTokens: r.usage.outputTokens,
    costMicros: r.costMicros,
    cached: r.cached,
    requestId: r.requestId,
    model: r.model,
    latencyMs: Math.round(r.latencyMs),
  };
}

/** One image prepared and sent. */
export async function analyzeImage(
  stack: Pick<PipelineStack, 'pipeline' | 'operations' | 'settings'>,
  item: Pick<ItemRow, 'sourcePath' | 'name' | 'crop'>,
  recipe: Recipe,
  target: AnalyzeTarget,
  opts: { signal?: AbortSignal; priority?: Priority } = {},
): Promise<Analysis> {
  return sendAnalysis(stack, await prepareAnalysis(stack, item, recipe, target), recipe, target, opts);
}
