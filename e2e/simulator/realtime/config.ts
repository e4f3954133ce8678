/**
 * Transcription-session configuration in both shapes the Realtime API speaks: the GA `session.update`
 * ({type:'transcription', audio:{input:{format, transcription, turn_detection}}}) and the beta
 * `transcription_session.update` ({input_audio_format, input_audio_transcription, turn_detection}).
 */
import { DEFAULT_VAD, type VadConfig } from './vad';

export const REALTIME_TRANSCRIBE_MODELS = ['gpt-4o-transcribe', 'gpt-4o-mini-transcribe', 'whisper-1'] as const;
export const SAMPLE_RATE = 24_000;

export interface SessionConfig {
  id: string;
  expiresAt: number;
  model: string | null;
  language: string | null;
  prompt: string | null;
  /** null: turn detection off (the client commits). */
  vad: VadConfig | null;
}

/** A client event the simulator refuses, answered with an `error` event. */
export class RealtimeEventError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    readonly param: string | null = null,
    readonly type = 'invalid_request_error',
  ) {
    super(message);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function invalidValue(param: string, value: unknown, supported: readonly string[]): RealtimeEventError {
  return new RealtimeEventError(`Invalid value: '${String(value)}'. Supported values are: ${supported.map((s) => `'${s}'`).join(', ')}.`, 'invalid_value', param);
}

function applyTranscription(cfg: SessionConfig, t: unknown, param: string, models: readonly string[]): void {
  if (t === undefined) return;
  if (t === null) {
    cfg.model = null;
    return;
  }
  if (!isObject(t)) throw new RealtimeEventError(`Invalid type for '${param}': expected an object.`, 'invalid_type', param);
  if (typeof t.model === 'string') {
    if (!(REALTIME_TRANSCRIBE_MODELS as readonly string[]).includes(t.model) || !models.includes(t.model)) throw invalidValue(`${param}.model`, t.model, REALTIME_TRANSCRIBE_MODELS.filter((m) => models.includes(m)));
    cfg.model = t.model;
  }
  if (t.language !== undefined) cfg.language = typeof t.language === 'string' ? t.language : null;
  if (t.prompt !== undefined) cfg.prompt = typeof t.prompt === 'string' ? t.prompt : null;
}

function applyTurnDetection(cfg: SessionConfig, td: unknown, param: string): void {
  if (td === undefined) return;
  if (td === null) {
    cfg.vad = null;
    return;
  }
  if (!isObject(td)) throw new RealtimeEventError(`Invalid type for '${param}': expected an object.`, 'invalid_type', param);
  if (td.type !== undefined && td.type !== 'server_vad') throw invalidValue(`${param}.type`, td.type, ['server_vad']);
  const base = cfg.vad ?? DEFAULT_VAD;
  const num = (key: keyof VadConfig, min: number, max: number): number => {
    const v = td[key];
    if (v === undefined) return base[key];
    if (typeof v !== 'number' || !(v >= min && v <= max)) throw new RealtimeEventError(`Invalid '${param}.${key}': expected a number between ${min} and ${max}.`, 'invalid_value', `${param}.${key}`);
    return v;
  };
  cfg.vad = { threshold: num('threshold', 0, 1), prefix_padding_ms: num('prefix_padding_ms', 0, 10_000), silence_duration_ms: num('silence_duration_ms', 0, 10_000) };
}

/** Applies a GA `session.update` body. */
export function applyGaSession(cfg: SessionConfig, session: unknown, models: readonly string[]): void {
  if (!isObject(session)) throw new RealtimeEventError("Missing required parameter: 'session'.", 'missing_required_parameter', 'session');
  if (session.type !== undefined && session.type !== 'transcription') {
    throw new RealtimeEventError("This is a transcription session (intent=transcription): session.type must be 'transcription'.", 'invalid_value', 'session.type');
  }
  const input = isObject(session.audio) && isObject(session.audio.input) ? session.audio.input : {};
  if (input.format !== undefined) {
    const f = input.format;
    if (!isObject(f) || f.type !== 'audio/pcm') throw invalidValue('session.audio.input.format.type', isObject(f) ? f.type : f, ['audio/pcm']);
    if (f.rate !== undefined && f.rate !== SAMPLE_RATE) throw invalidValue('session.audio.input.format.rate', f.rate, [String(SAMPLE_RATE)]);
  }
  applyTranscription(cfg, input.transcription, 'session.audio.input.transcription', models);
  applyTurnDetection(cfg, input.turn_detection, 'session.audio.input.turn_detection');
}

/** Applies a beta `transcription_session.update` body (also the REST transcription_sessions body). */
export function applyBetaSession(cfg: SessionConfig, session: unknown, models: readonly string[]): void {
  if (!isObject(session)) throw new RealtimeEventError("Missing required parameter: 'session'.", 'missing_required_parameter', 'session');
  if (session.input_audio_format !== undefined && session.input_audio_format !== 'pcm16') throw invalidValue('session.input_audio_format', session.input_audio_format, ['pcm16']);
  applyTranscription(cfg, session.input_audio_transcription, 'session.input_audio_transcription', models);
  applyTurnDetection(cfg, session.turn_detection, 'session.turn_detection');
}

const vadView = (cfg: SessionConfig) => (cfg.vad ? { type: 'server_vad', ...cfg.vad } : null);
const transcriptionView = (cfg: SessionConfig) => (cfg.model ? { model: cfg.model, language: cfg.language, prompt: cfg.prompt } : null);

export function gaSessionView(cfg: SessionConfig): Record<string, unknown> {
  return {
    type: 'transcription',
    object: 'realtime.transcription_session',
    id: cfg.id,
    expires_at: cfg.expiresAt,
    audio: { input: { format: { type: 'audio/pcm', rate: SAMPLE_RATE }, noise_reduction: null, transcription: transcriptionView(cfg), turn_detection: vadView(cfg) } },
    include: null,
  };
}

export function betaSessionView(cfg: SessionConfig): Record<string, unknown> {
  return {
    id: cfg.id,
    object: 'realtime.transcription_session',
    expires_at: cfg.expiresAt,
    input_audio_format: 'pcm16',
    input_audio_transcription: transcriptionView(cfg),
    turn_detection: vadView(cfg),
    input_audio_noise_reduction: null,
    include: null,
  };
}
