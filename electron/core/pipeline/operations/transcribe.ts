import fs from 'node:fs';
import path from 'node:path';
import { toFile } from 'openai';
import { mediaType } from '../../../../shared/media';
import { estimateTranscription, isPriceUnknown, type PriceOverrides } from '../../../../shared/pricing';
import type { Pricer } from '../pricer';
import type { Executed, ExecuteContext, Operation } from '../types';

export interface KnownSpeaker {
  name: string;
  /** A 2–10 s clip of this person, as a data: URL. */
  referenceDataUrl: string;
}

export interface TranscribeInput {
  /** Audio to send (one chunk), and the hash of its bytes for the cache key. */
  file: string;
  fileHash: string;
  seconds: number;
  language?: string;
  /** Names, jargon: where the model accepts a prompt. */
  prompt?: string;
  speakers?: KnownSpeaker[];
}

export interface TranscribeOutput {
  text: string;
  /** Seconds from the start of this chunk; present for whisper-1 and the diarizing model. */
  segments: { start: number; end: number; text: string; speaker: string | null }[];
}

type Format = 'verbose_json' | 'json' | 'diarized_json';

/** The richest response each model offers: timestamps from whisper-1, speakers from diarize, text from the others. */
export function formatFor(model: string): Format {
  if (model.startsWith('whisper')) return 'verbose_json';
  if (model.includes('diarize')) return 'diarized_json';
  return 'json';
}

interface RawSegment {
  start?: number;
  end?: number;
  text?: string;
  speaker?: string;
}

/** Audio transcription of one chunk, under the offline-audio policy. */
export function createTranscribeOperation(pricer: Pricer, overrides: () => PriceOverrides): Operation<TranscribeInput, TranscribeOutput> {
  async function execute({ client, model, input, signal, timeoutMs }: ExecuteContext<TranscribeInput>): Promise<Executed<TranscribeOutput>> {
    const format = formatFor(model);
    const file = await toFile(fs.createReadStream(input.file), path.basename(input.file), { type: mediaType(path.extname(input.file)) });
    const diarize = format === 'diarized_json';
    const params = {
      model,
      file,
      response_format: format,
      ...(format === 'verbose_json' ? { timestamp_granularities: ['segment' as const] } : {}),
      ...(input.language ? { language: input.language } : {}),
      ...(input.prompt && !diarize ? { prompt: input.prompt } : {}),
      ...(diarize ? { chunking_strategy: 'auto' as const } : {}),
      ...(diarize && input.speakers?.length
        ? { known_speaker_names: input.speakers.map((s) => s.name), known_speaker_references: input.speakers.map((s) => s.referenceDataUrl) }
        : {}),
    };
    const { data, response } = await client.audio.transcriptions.create(params as Parameters<typeof client.audio.transcriptions.create>[0], { signal, timeout: timeoutMs }).withResponse();
    const body = data as unknown as { text?: string; segments?: RawSegment[]; usage?: { type?: string; seconds?: number; input_tokens?: number; output_tokens?: number } };
    const segments = (body.segments ?? []).map((s) => ({ start: s.start ?? 0, end: s.end ?? 0, text: (s.text ?? '').trim(), speaker: s.speaker ?? null }));
    const usage = body.usage ?? { type: 'duration', seconds: input.seconds };
    return {
      output: { text: body.text ?? segments.map((s) => s.text).join(' '), segments },
      usage: { inputTokens: usage.input_tokens ?? 0, cachedTokens: 0, outputTokens: usage.output_tokens ?? 0, images: 0, audioSeconds: input.seconds, raw: usage },
      // No usage in the answer: billed by the chunk's duration, which is our measurement, not the provider's.
      estimated: body.usage === undefined,
      headers: response.headers,
    };
  }

  return {
    kind: 'transcribe',
    estimate(input, model) {
      const micros = estimateTranscription(model, input.seconds, overrides());
      return { inputTokens: 0, maxOutputTokens: 0, maxCostMicros: isPriceUnknown(micros) ? null : micros, images: 0, audioSeconds: input.seconds };
    },
    cacheMaterial: (input) => ({ audio: input.fileHash, language: input.language, prompt: input.prompt, speakers: input.speakers?.map((s) => s.name) }),
    execute,
    cost: (model, usage) => pricer.costOf(model, usage),
    toCache: (output) => JSON.stringify(output),
    fromCache: (payload) => JSON.parse(payload) as TranscribeOutput,
  };
}
