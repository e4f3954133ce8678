import type OpenAI from 'openai';
import type { Modality, Policy, Priority } from '../../../shared/policy';
import type { Warning } from '../../../shared/contract';

/** What a provider reported (or what we counted, for cut streams). */
export interface Usage {
  inputTokens: number;
  cachedTokens: number;
  outputTokens: number;
  images: number;
  audioSeconds: number;
  /** The provider's own usage object, for exact pricing. */
  raw?: unknown;
}

export const NO_USAGE: Usage = { inputTokens: 0, cachedTokens: 0, outputTokens: 0, images: 0, audioSeconds: 0 };

export interface Estimate {
  inputTokens: number;
  maxOutputTokens: number;
  /** Worst-case cost in micro-dollars; null when the model's price is unknown. */
  maxCostMicros: number | null;
  images: number;
  audioSeconds: number;
}

export interface ExecuteContext<I> {
  client: OpenAI;
  model: string;
  input: I;
  signal: AbortSignal;
  timeoutMs: number;
  onDelta?: (text: string) => void;
  /** The response's headers as soon as they arrive (a stream's come long before its end). */
  onHeaders?: (headers: Headers) => void;
}

export interface Executed<O> {
  output: O;
  usage: Usage;
  /** The provider reported no usage, so `usage` is our count: billed, but marked 'estimated'. */
  estimated?: boolean;
  headers?: Headers;
}

/**
 * One kind of model call (chat, moderation, image generation, transcription…). The pipeline runs
 * every kind the same way; an operation only knows how to estimate, call, and price itself.
 */
export interface Operation<I, O> {
  readonly kind: string;
  /** The content check itself (moderation): not checked by the scene's filter, which would call it again. */
  readonly unfiltered?: boolean;
  estimate(input: I, model: string): Estimate;
  /** The request in canonical form for the cache key (content hashes instead of bytes). */
  cacheMaterial(input: I): unknown;
  execute(ctx: ExecuteContext<I>): Promise<Executed<O>>;
  cost(model: string, usage: Usage): { micros: number; known: boolean };
  /** Serialise / revive an output for the cache; replay re-emits a streamed answer. */
  toCache(output: O): string;
  fromCache(payload: string, onDelta?: (text: string) => void): O;
}

export interface CachePolicy {
  enabled: boolean;
  ttlMs: number;
}

export interface PipelineRequest<I> {
  /** Business purpose, used as the billing label (e.g. customer_service_summary). */
  scene: string;
  modality: Modality;
  providerId: string;
  model: string;
  input: I;
  /** Overrides of the modality's (and scene's) policy for this one request. */
  policy?: Partial<Policy>;
  priority?: Priority;
  signal?: AbortSignal;
  onDelta?: (text: string) => void;
  /** Cancel handle: requests.cancel with this id aborts the call and any queued retry. */
  requestId?: string;
  /**
   * A send budget the caller keeps across pipeline runs (e.g. per transcription chunk, over every queue
   * attempt): `take` is called right before each send and may throw to send no more; `giveBack` when
   * the upstream provably did not process that send (a 429, or no connection at all).
   */
  sendBudget?: { take(): void; giveBack(): void };
}

export interface PipelineResult<O> {
  requestId: string;
  output: O;
  /** The model that answered (the fallback's id when it did). */
  model: string;
  fallbackUsed: boolean;
  cached: boolean;
  costMicros: number;
  /** What a cache hit saved. */
  savedMicros: number;
  priceKnown: boolean;
  usage: Usage;
  attempts: number;
  latencyMs: number;
  /** Soft budgets this request went over. */
  warnings: Warning[];
}
