/** POST /v1/audio/transcriptions — whisper-1 and the gpt-4o transcribe family, with the real per-model rules. */
import { decodeAudio } from '../audio/decode';
import { toDiarizedJson, toSrt, toVerboseJson, toVtt } from '../audio/formats';
import { demoTranscript } from '../audio/demo-meeting';
import { buildTranscript, type Transcript } from '../audio/transcript';
import { estimateTextTokens, splitTokens } from '../chat/tokens';
import type { RouteContext } from '../context';
import { formFiles, formNumber, formString, formStrings, parseMultipart } from '../http/body';
import { badRequest, contentTooLarge, missingParam } from '../http/errors';
import { requireModel } from '../models';
import { MB, type RouteDef } from './route';

export const MAX_AUDIO_BYTES = 26_214_400;
export const AUDIO_EXTENSIONS = ['flac', 'm4a', 'mp3', 'mp4', 'mpeg', 'mpga', 'oga', 'ogg', 'wav', 'webm'];
const DIARIZE = 'gpt-4o-transcribe-diarize';
const FORMATS: Record<string, string[]> = {
  'whisper-1': ['json', 'text', 'srt', 'verbose_json', 'vtt'],
  [DIARIZE]: ['json', 'text', 'diarized_json'],
};
const AUDIO_TOKENS_PER_SECOND = 10;

interface Request {
  model: string;
  format: string;
  language: string | undefined;
  prompt: string | undefined;
  granularities: string[];
  speakers: string[];
  stream: boolean;
}

function validate(form: FormData, models: readonly string[]): Request {
  const model = formString(form, 'model');
  if (!model) throw missingParam('model');
  requireModel(models, model, 'transcription');
  const format = formString(form, 'response_format') ?? 'json';
  const allowed = FORMATS[model] ?? ['json'];
  if (!allowed.includes(format)) {
    throw badRequest(
      `response_format '${format}' is not compatible with model '${model}'. Supported values are: ${allowed.map((f) => `'${f}'`).join(', ')}.`,
      'response_format',
      'unsupported_value',
    );
  }
  const granularities = formStrings(form, 'timestamp_granularities');
  for (const g of granularities) if (g !== 'word' && g !== 'segment') throw badRequest(`Invalid value: '${g}'. Supported values are: 'word' and 'segment'.`, 'timestamp_granularities', 'invalid_value');
  if (granularities.length > 0 && format !== 'verbose_json') {
    throw badRequest("timestamp_granularities is only supported with response_format 'verbose_json'.", 'timestamp_granularities', 'unsupported_value');
  }
  const prompt = formString(form, 'prompt');
  const speakers = formStrings(form, 'known_speaker_names');
  const references = formStrings(form, 'known_speaker_references');
  if (model === DIARIZE) {
    if (prompt) throw badRequest(`prompt is not supported for model '${DIARIZE}'.`, 'prompt', 'unsupported_parameter');
    if (speakers.length > 4) throw badRequest('At most 4 known speakers are supported.', 'known_speaker_names', 'array_above_max_length');
    if (speakers.length !== references.length) {
      throw badRequest('known_speaker_names and known_speaker_references must have the same length.', 'known_speaker_references', 'invalid_value');
    }
    for (const ref of references) if (!/^data:audio\/[\w.+-]+;base64,/.test(ref)) throw badRequest('known_speaker_references must be data URLs of audio clips (2–10 s).', 'known_speaker_references', 'invalid_value');
  } else if (speakers.length > 0) {
    throw badRequest(`known_speaker_names is only supported for model '${DIARIZE}'.`, 'known_speaker_names', 'unsupported_parameter');
  }
  const temperature = formNumber(form, 'temperature');
  if (temperature !== undefined && (temperature < 0 || temperature > 1)) throw badRequest(`Invalid 'temperature': expected a value between 0 and 1, but got ${temperature}.`, 'temperature', 'invalid_value');
  const stream = formString(form, 'stream') === 'true';
  if (stream && model === 'whisper-1') throw badRequest("Streaming is not supported for model 'whisper-1'.", 'stream', 'unsupported_value');
  return { model, format, language: formString(form, 'language'), prompt, granularities, speakers, stream };
}

function hasChunking(form: FormData): boolean {
  for (const key of form.keys()) if (key === 'chunking_strategy' || key.startsWith('chunking_strategy[')) return true;
  return false;
}

function usageFor(r: Request, t: Transcript): object {
  if (r.model === 'whisper-1') return { type: 'duration', seconds: Math.ceil(t.duration) };
  const audio = Math.ceil(t.duration * AUDIO_TOKENS_PER_SECOND);
  const text = r.prompt ? estimateTextTokens(r.prompt) : 0;
  const output = splitTokens(t.text).length;
  return { type: 'tokens', input_tokens: audio + text, input_token_details: { text_tokens: text, audio_tokens: audio }, output_tokens: output, total_tokens: audio + text + output };
}

async function respond(ctx: RouteContext, r: Request, t: Transcript): Promise<void> {
  const usage = usageFor(r, t);
  if (r.stream) {
    const sse = ctx.openStream();
    for (const delta of splitTokens(t.text)) if (!(await sse.send({ type: 'transcript.text.delta', delta }))) return;
    if (!(await sse.send({ type: 'transcript.text.done', text: t.text, usage }))) return;
    return sse.end(false);
  }
  switch (r.format) {
    case 'text':
      return ctx.sendText(200, `${t.text}\n`);
    case 'srt':
      return ctx.sendText(200, toSrt(t));
    case 'vtt':
      return ctx.sendText(200, toVtt(t), 'text/vtt; charset=utf-8');
    case 'verbose_json':
      return ctx.sendJson(200, toVerboseJson(t, r.language, r.granularities, usage));
    case 'diarized_json':
      return ctx.sendJson(200, toDiarizedJson(t, r.speakers, usage));
    default:
      return ctx.sendJson(200, { text: t.text, usage });
  }
}

export const transcriptions: RouteDef = {
  name: 'audio.transcriptions',
  method: 'POST',
  pattern: /^\/v1\/audio\/transcriptions\/?$/,
  maxBodyBytes: MAX_AUDIO_BYTES + 2 * MB,
  tooLarge: (bytes) => contentTooLarge(MAX_AUDIO_BYTES, bytes),
  prepare: async (ctx) => {
    const form = await parseMultipart(ctx.body, ctx.req.headers['content-type']);
    const file = formFiles(form, 'file')[0];
    if (!file) throw missingParam('file');
    const request = validate(form, ctx.core.settings.models);
    if (file.size > MAX_AUDIO_BYTES) throw contentTooLarge(MAX_AUDIO_BYTES, file.size);
    const ext = /\.([A-Za-z0-9]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
    if (!AUDIO_EXTENSIONS.includes(ext)) {
      throw badRequest(`Invalid file format. Supported formats: [${AUDIO_EXTENSIONS.map((e) => `'${e}'`).join(', ')}]`, 'file', 'invalid_value');
    }
    const bytes = Buffer.from(await file.arrayBuffer());
    const decoded = await decodeAudio(bytes, ext);
    if (request.model === DIARIZE && decoded.duration > 30 && !hasChunking(form)) {
      throw badRequest('chunking_strategy is required for diarization models when the input audio is longer than 30 seconds.', 'chunking_strategy', 'missing_required_parameter');
    }
    const built = buildTranscript(decoded, bytes);
    // Demo mode: sound without tone codes (the demo recording, or anything a visitor drops) is the demo meeting, not filler.
    const transcript = ctx.core.settings.demo && built.source === 'filler' ? demoTranscript(decoded.duration) : built;
    return {
      model: request.model,
      stream: request.stream,
      tokenCost: Math.ceil(decoded.duration * AUDIO_TOKENS_PER_SECOND),
      run: () => respond(ctx, request, transcript),
    };
  },
};
