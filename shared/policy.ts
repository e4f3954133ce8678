/**
 * The modalities Atelier calls models for. Each has its own operating rules (timeouts, retries,
 * fallback, queueing); the request pipeline reads them from here.
 */
export const MODALITIES = ['text', 'image-understanding', 'image-generation', 'audio-offline', 'audio-realtime'] as const;
export type Modality = (typeof MODALITIES)[number];

export const MODALITY_LABELS: Record<Modality, string> = {
  text: 'Text & chat',
  'image-understanding': 'Image understanding',
  'image-generation': 'Image generation',
  'audio-offline': 'Transcription',
  'audio-realtime': 'Realtime audio',
};

/** Models suggested for each modality when a provider's list does not say which fits. */
export const SUGGESTED_MODELS: Record<Modality, readonly string[]> = {
  text: ['gpt-5-mini', 'gpt-5', 'gpt-5-nano', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4o', 'gpt-4o-mini'],
  'image-understanding': ['gpt-5-mini', 'gpt-5', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4o', 'gpt-4o-mini'],
  'image-generation': ['gpt-image-2', 'gpt-image-1.5', 'gpt-image-1-mini', 'gpt-image-1', 'dall-e-3', 'dall-e-2'],
  'audio-offline': ['gpt-4o-transcribe', 'gpt-4o-mini-transcribe', 'gpt-4o-transcribe-diarize', 'whisper-1'],
  'audio-realtime': ['gpt-realtime', 'gpt-4o-realtime-preview'],
};

/** Whether a model id plausibly serves a modality (used to sort pickers, never to forbid). */
export function modelFitsModality(model: string, modality: Modality): boolean {
  const id = model.toLowerCase();
  switch (modality) {
    case 'image-generation':
      return id.includes('image') || id.startsWith('dall-e');
    case 'audio-offline':
      return id.includes('transcribe') || id.startsWith('whisper');
    case 'audio-realtime':
      return id.includes('realtime');
    case 'text':
    case 'image-understanding':
      return !/(image|dall-e|transcribe|whisper|realtime|tts|embedding|moderation)/.test(id);
  }
}

/** How one modality's requests are run: the request pipeline reads these. */
export interface Policy {
  /** Abort an attempt after this long (for streams: without a byte from the provider). */
  timeoutMs: number;
  /** Further attempts after a retryable failure (5xx, 408, 409, timeout, network). */
  retries: number;
  /** Tried when the primary's attempts are exhausted: a model id, 'auto' (a cheaper sibling), or null (never). */
  fallbackModel: string | null;
  /** First backoff delay; doubled per attempt with up to 25% jitter, capped at backoffMaxMs. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** How long rate-limit answers (429 with retry-after) may hold a request back in total before it fails. */
  rateLimitWaitMs: number;
}

/** Defaults per modality; editable in Settings and overridable per scene. */
export const DEFAULT_POLICIES: Record<Modality, Policy> = {
  /** Text: people are waiting, so short timeouts, 2 retries, then a cheaper model. */
  text: { timeoutMs: 30_000, retries: 2, fallbackModel: 'auto', backoffBaseMs: 500, backoffMaxMs: 8_000, rateLimitWaitMs: 120_000 },
  /** Image understanding: bigger uploads, moderate timeout, 2 retries, then a cheaper model. */
  'image-understanding': { timeoutMs: 60_000, retries: 2, fallbackModel: 'auto', backoffBaseMs: 1_000, backoffMaxMs: 8_000, rateLimitWaitMs: 120_000 },
  /** Image generation: slow and costly; 1 retry and never a silent switch of model. */
  'image-generation': { timeoutMs: 180_000, retries: 1, fallbackModel: null, backoffBaseMs: 2_000, backoffMaxMs: 15_000, rateLimitWaitMs: 300_000 },
  /** Offline audio: queued work nobody watches; long timeouts and 4 retries. */
  'audio-offline': { timeoutMs: 600_000, retries: 4, fallbackModel: null, backoffBaseMs: 2_000, backoffMaxMs: 60_000, rateLimitWaitMs: 1_800_000 },
  /** Realtime audio: late is useless, so a short timeout and at most 1 retry. */
  'audio-realtime': { timeoutMs: 10_000, retries: 1, fallbackModel: null, backoffBaseMs: 250, backoffMaxMs: 1_000, rateLimitWaitMs: 5_000 },
};

/** The cheaper sibling each model falls back to when a policy says 'auto'. */
export const CHEAPER_SIBLING: Readonly<Record<string, string>> = {
  'gpt-5': 'gpt-5-mini',
  'gpt-5-mini': 'gpt-5-nano',
  'gpt-4.1': 'gpt-4.1-mini',
  'gpt-4.1-mini': 'gpt-4.1-nano',
  'gpt-4o': 'gpt-4o-mini',
  o3: 'o4-mini',
  'gpt-4o-transcribe': 'gpt-4o-mini-transcribe',
};

/** The model to try after the primary fails, or null. */
export function resolveFallback(policy: Policy, primary: string): string | null {
  if (policy.fallbackModel === null) return null;
  const target = policy.fallbackModel === 'auto' ? CHEAPER_SIBLING[primary] ?? null : policy.fallbackModel;
  return target && target !== primary ? target : null;
}

export type Priority = 'interactive' | 'batch';
