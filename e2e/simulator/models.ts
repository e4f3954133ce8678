/** The simulated model catalog and which endpoint each model serves. */
import { ApiError, modelNotFound } from './http/errors';

export const DEFAULT_MODELS: readonly string[] = [
  'gpt-5',
  'gpt-5-mini',
  'gpt-5-nano',
  'gpt-4.1',
  'gpt-4.1-mini',
  'gpt-4.1-nano',
  'gpt-4o',
  'gpt-4o-mini',
  'o3',
  'o4-mini',
  'gpt-image-2',
  'gpt-image-1.5',
  'gpt-image-1',
  'gpt-image-1-mini',
  'dall-e-3',
  'dall-e-2',
  'whisper-1',
  'gpt-4o-transcribe',
  'gpt-4o-mini-transcribe',
  'gpt-4o-transcribe-diarize',
  'omni-moderation-latest',
  'text-moderation-latest',
];

export type ModelKind = 'chat' | 'image' | 'transcription' | 'moderation' | 'other';

export function modelKind(id: string): ModelKind {
  const m = id.toLowerCase();
  if (m.includes('moderation')) return 'moderation';
  if (m.includes('transcribe') || m.startsWith('whisper')) return 'transcription';
  if (m.includes('image') || m.startsWith('dall-e')) return 'image';
  if (/(embedding|tts|realtime|audio|search)/.test(m)) return 'other';
  return 'chat';
}

/** Fixed creation times so /v1/models answers are stable across runs. */
export function modelCreated(id: string): number {
  let h = 0;
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return 1_700_000_000 + (h % 50_000_000);
}

export function modelObject(id: string): { id: string; object: 'model'; created: number; owned_by: string } {
  return { id, object: 'model', created: modelCreated(id), owned_by: id.startsWith('gpt-') || id.startsWith('o') ? 'system' : 'openai' };
}

const ENDPOINT_TEXT: Record<Exclude<ModelKind, 'other'>, string> = {
  chat: 'v1/chat/completions',
  image: 'v1/images/generations',
  transcription: 'v1/audio/transcriptions',
  moderation: 'v1/moderations',
};

/** 404 for unknown models, 400 for a known model used on the wrong endpoint. */
export function requireModel(models: readonly string[], model: string, kind: Exclude<ModelKind, 'other'>): void {
  if (!models.includes(model)) throw modelNotFound(model);
  const actual = modelKind(model);
  if (actual !== kind) {
    throw new ApiError(
      actual === 'chat' || kind === 'chat' ? 404 : 400,
      kind === 'chat'
        ? `This is not a chat model and thus not supported in the v1/chat/completions endpoint. Did you mean to use ${actual === 'other' ? 'another endpoint' : ENDPOINT_TEXT[actual]}?`
        : `The model \`${model}\` is not supported by ${ENDPOINT_TEXT[kind]}.`,
      { param: 'model', code: kind === 'chat' ? null : 'invalid_model' },
    );
  }
}
