/**
 * Cost of a finished call from the usage the API reported. Accepts the usage shapes of Chat
 * Completions (and embeddings), Responses / Images / Realtime, and Audio transcriptions.
 */
import { durationToMicros } from './audio';
import { lookupModel, priceUnknown } from './lookup';
import { microsToUsd, sumMicros, tokensToMicros } from './money';
import type { Micros, ModelPrices, PriceOverrides, PriceUnknown } from './types';

/** Chat Completions / embeddings usage. */
export interface ChatUsage {
  prompt_tokens: number;
  completion_tokens?: number;
  total_tokens?: number;
  prompt_tokens_details?: { cached_tokens?: number; audio_tokens?: number } | null;
  completion_tokens_details?: { audio_tokens?: number; reasoning_tokens?: number } | null;
}

/** Per-modality input counts (Responses, Images, Realtime, gpt-4o transcription). */
export interface InputTokenDetails {
  text_tokens?: number;
  image_tokens?: number;
  audio_tokens?: number;
  cached_tokens?: number;
  cached_tokens_details?: { text_tokens?: number; image_tokens?: number; audio_tokens?: number } | null;
}

/** Responses / Images / Realtime usage; Realtime spells the details `input_token_details`. */
export interface ResponsesUsage {
  input_tokens: number;
  output_tokens?: number;
  total_tokens?: number;
  input_tokens_details?: InputTokenDetails | null;
  input_token_details?: InputTokenDetails | null;
  output_tokens_details?: { text_tokens?: number; image_tokens?: number; audio_tokens?: number; reasoning_tokens?: number } | null;
  output_token_details?: { text_tokens?: number; image_tokens?: number; audio_tokens?: number } | null;
}

/** Transcription usage billed by duration (whisper-1). */
export interface TranscriptionDurationUsage {
  type: 'duration';
  seconds: number;
}

/** Transcription usage billed by tokens (gpt-4o-transcribe family). */
export interface TranscriptionTokenUsage {
  type: 'tokens';
  input_tokens: number;
  output_tokens: number;
  total_tokens?: number;
  input_token_details?: { audio_tokens?: number; text_tokens?: number } | null;
}

/** Any usage object costOfUsage understands. */
export type Usage = ChatUsage | ResponsesUsage | TranscriptionDurationUsage | TranscriptionTokenUsage;

/**
 * Where the money went, in micro-dollars: input = uncached text input; cachedInput = every cached
 * input token (text, image, audio); output = text or generated-image output; image = uncached image
 * input; audio = uncached audio input + audio output + per-minute audio.
 */
export interface CostBreakdown {
  input: Micros;
  cachedInput: Micros;
  output: Micros;
  image: Micros;
  audio: Micros;
}

/** A known cost: `micros` (the sum of the breakdown) goes to the ledger, `usd` is for display. */
export interface UsageCost {
  known: true;
  model: string;
  /** The catalog (or custom) id whose prices applied. */
  pricedAs: string;
  micros: Micros;
  usd: number;
  breakdown: CostBreakdown;
}

interface Counts {
  text: number; cachedText: number; image: number; cachedImage: number; audio: number; cachedAudio: number; output: number; audioOutput: number;
}

const n = (v: number | null | undefined): number => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.round(v) : 0);

/** Splits a cached total over text, image, audio in that order when the API gives no split. */
function splitCached(cached: number, text: number, image: number): [number, number, number] {
  const t = Math.min(cached, text);
  const i = Math.min(cached - t, image);
  return [t, i, cached - t - i];
}

function countsOf(usage: ChatUsage | ResponsesUsage | TranscriptionTokenUsage): Counts {
  if ('prompt_tokens' in usage) {
    const audio = n(usage.prompt_tokens_details?.audio_tokens);
    const text = Math.max(0, n(usage.prompt_tokens) - audio);
    const [cachedText, , cachedAudio] = splitCached(Math.min(n(usage.prompt_tokens_details?.cached_tokens), text + audio), text, 0);
    const audioOutput = n(usage.completion_tokens_details?.audio_tokens);
    const output = Math.max(0, n(usage.completion_tokens) - audioOutput);
    return { text: text - cachedText, cachedText, image: 0, cachedImage: 0, audio: audio - cachedAudio, cachedAudio, output, audioOutput };
  }
  const d: InputTokenDetails = ('input_tokens_details' in usage ? usage.input_tokens_details : undefined) ?? usage.input_token_details ?? {};
  const image = n(d.image_tokens);
  const audio = n(d.audio_tokens);
  const text = d.text_tokens !== undefined ? n(d.text_tokens) : Math.max(0, n(usage.input_tokens) - image - audio);
  const cd = d.cached_tokens_details;
  const [cachedText, cachedImage, cachedAudio] = cd
    ? [Math.min(n(cd.text_tokens), text), Math.min(n(cd.image_tokens), image), Math.min(n(cd.audio_tokens), audio)]
    : splitCached(Math.min(n(d.cached_tokens), text + image + audio), text, image);
  const od = ('output_tokens_details' in usage ? usage.output_tokens_details : undefined) ?? ('output_token_details' in usage ? usage.output_token_details : undefined);
  const audioOutput = n(od?.audio_tokens);
  const output = Math.max(0, n(usage.output_tokens) - audioOutput);
  return { text: text - cachedText, cachedText, image: image - cachedImage, cachedImage, audio: audio - cachedAudio, cachedAudio, output, audioOutput };
}

/** Tables of the prices lookupModel hands out (one object per model and overrides): costed on every call. */
const tables = new WeakMap<ModelPrices, Record<keyof Counts, number | undefined>>();

/** Prices each token class, falling back only where the API bills alike; undefined = not priced. */
function priceTable(p: ModelPrices): Record<keyof Counts, number | undefined> {
  let table = tables.get(p);
  if (!table) tables.set(p, (table = buildPriceTable(p)));
  return table;
}

function buildPriceTable(p: ModelPrices): Record<keyof Counts, number | undefined> {
  const image = p.imageInput ?? p.input;
  return {
    text: p.input,
    cachedText: p.cachedInput ?? p.input,
    image,
    cachedImage: p.cachedImageInput ?? (p.imageInput !== undefined ? p.imageInput : (p.cachedInput ?? p.input)),
    audio: p.audioInput,
    cachedAudio: p.cachedAudioInput ?? p.audioInput,
    output: p.output,
    audioOutput: p.audioOutput,
  };
}

const PRICE_NAME: Record<keyof Counts, string> = {
  text: 'input', cachedText: 'cachedInput', image: 'imageInput', cachedImage: 'cachedImageInput',
  audio: 'audioInput', cachedAudio: 'cachedAudioInput', output: 'output', audioOutput: 'audioOutput',
};

function done(model: string, pricedAs: string, breakdown: CostBreakdown): UsageCost {
  const micros = sumMicros(Object.values(breakdown));
  return { known: true, model, pricedAs, micros, usd: microsToUsd(micros), breakdown };
}

/**
 * The cost of one call from the usage the API reported, rounded to whole micro-dollars per breakdown
 * line. Price unknown when the model is unknown or a non-zero token class has no price.
 */
export function costOfUsage(model: string, usage: Usage, overrides?: PriceOverrides): UsageCost | PriceUnknown {
  const resolved = lookupModel(model, overrides);
  if (!resolved) return priceUnknown(model, 'unknown_model');
  const { prices, id: pricedAs } = resolved.info;
  if ('type' in usage && usage.type === 'duration') {
    if (prices.perMinute === undefined) return priceUnknown(model, 'missing_price', 'perMinute');
    return done(model, pricedAs, { input: 0, cachedInput: 0, output: 0, image: 0, audio: durationToMicros(usage.seconds, prices.perMinute) });
  }
  const counts = countsOf(usage);
  const table = priceTable(prices);
  const micros = {} as Record<keyof Counts, Micros>;
  for (const key of Object.keys(counts) as (keyof Counts)[]) {
    const price = table[key];
    if (counts[key] > 0 && price === undefined) return priceUnknown(model, 'missing_price', PRICE_NAME[key]);
    micros[key] = price === undefined ? 0 : tokensToMicros(counts[key], price);
  }
  return done(model, pricedAs, {
    input: micros.text,
    cachedInput: micros.cachedText + micros.cachedImage + micros.cachedAudio,
    output: micros.output,
    image: micros.image,
    audio: micros.audio + micros.audioOutput,
  });
}
