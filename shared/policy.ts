/**
 * The modalities Atelier calls models for. Each has its own operating rules (timeouts, retries,
 * fallback, queueing); the request pipeline reads them from here.
 */
export const MODALITIES = ['text', 'image-understanding', 'image-generation', 'audio-offline', 'audio-realtime'] as const;
export type Modality = (typeof MODALITIES)[number];

export const MODALITY_LABELS: Record<Modality, string> = {
  text: 'Text & chat',
  'image-understanding': 'Image analysis',
  'image-generation': 'Image generation',
  'audio-offline': 'Transcription',
  'audio-realtime': 'Realtime audio',
};

/** Models suggested for each modality when a provider's list does not say which fits. */
export const SUGGESTED_MODELS: Record<Modality, readonly string[]> = {
  text: ['gpt-5-mini', 'gpt-5', 'gpt-5-nano', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4o', 'gpt-4o-mini'],
  'image-understanding': ['gpt-5-mini', 'gpt-5', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4o', 'gpt-4o-mini'],
  'image-generation': ['gpt-image-1', 'gpt-image-1-mini'],
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
