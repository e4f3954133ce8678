/** Live meetings: recording from a microphone with live captions; the result becomes a normal transcript. */
import { z } from 'zod';
import type { AppError } from '../errors';
import { call, empty, id } from './define';

/** The realtime captions' connection: live, (re)connecting, or off (budget, refused key, stopped). */
export type LiveLinkState = 'connecting' | 'live' | 'reconnecting' | 'off';
export type LiveSessionState = 'recording' | 'paused' | 'finishing' | 'done' | 'failed';

export interface LiveStatus {
  sessionId: string;
  name: string;
  state: LiveSessionState;
  link: LiveLinkState;
  /** Why captions are off or reconnecting, in words a person understands (English; the page words its own from link, retryInMs and error). */
  linkMessage: string | null;
  /** While reconnecting: how long until the next attempt (the backoff), when one is scheduled. */
  retryInMs: number | null;
  /** Times the live connection was lost and opened again. */
  reconnects: number;
  /** Audio kept in the data folder so far. */
  recordedMs: number;
  /** Audio sent to the live captions so far (the audio minutes billed). */
  liveMs: number;
  /** Live captions' cost so far (reported by the provider per finished turn). */
  costMicros: number;
  /** Price of a minute of live captions, when known. */
  perMinuteMicros: number | null;
  liveModel: string;
  /** The transcript job the recording became, once stopped. */
  recordingId: string | null;
  /** Audio is arriving from a window (some came in the last ~1.5 s): false after a reload, until a window records again. */
  capturing: boolean;
  error: AppError | null;
}

export interface LiveCaption {
  sessionId: string;
  /** One spoken turn (server VAD); deltas and the completed text share it. */
  itemId: string;
  text: string;
  /** Completed text replaces the partial deltas. */
  final: boolean;
  /** Recording time of the turn (ms from the start of the recording). */
  startMs: number | null;
  endMs: number | null;
}

const modelChoice = z.object({ providerId: id, model: z.string().trim().min(1).max(200) }).strict();
/** A frame of PCM16 mono 24 kHz audio: at most a few seconds. */
const MAX_FRAME_BYTES = 24_000 * 2 * 5;

export const liveCalls = {
  /** Start recording a meeting with live captions; the key stays in core, which opens the realtime session. */
  'live.start': call<LiveStatus>()(
    z
      .object({
        name: z.string().trim().min(1).max(120).optional(),
        /** The offline model for stretches without live text (default: the transcription default). */
        model: modelChoice.optional(),
        language: z.string().trim().regex(/^[a-z]{2,3}$/, 'Use a language code such as en, de or fr.').nullable().optional(),
        /** Speakers: after stop, the whole recording goes through the diarize model. */
        diarize: z.boolean().default(false),
        sampleRate: z.literal(24_000, 'Live audio must be PCM16 mono at 24 kHz.'),
        /** The window's capture: only its frames are taken (see live.attach). */
        capture: id.optional(),
      })
      .strict(),
  ),
  /** One frame of captured audio, in order (binary on both hosts). */
  'live.audio': call<{ recordedMs: number }>()(
    z.object({ sessionId: id, capture: id.optional(), seq: z.number().int().min(0), bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength % 2 === 0 && b.byteLength <= MAX_FRAME_BYTES, 'An audio frame must be whole PCM16 samples, at most 5 seconds.') }).strict(),
  ),
  'live.pause': call<LiveStatus>()(z.object({ sessionId: id }).strict()),
  'live.resume': call<LiveStatus>()(z.object({ sessionId: id }).strict()),
  /** Stop: the recording becomes a transcription job; stretches without live text go through the offline queue. */
  'live.stop': call<LiveStatus>()(z.object({ sessionId: id }).strict()),
  /** The meeting being recorded now, if any (a reloaded page picks it up again). */
  'live.current': call<LiveStatus | null>()(empty),
  /** The meeting's captions so far (completed turns, then the turns still being transcribed): a reloaded page shows them again. */
  'live.captions': call<LiveCaption[]>()(z.object({ sessionId: id }).strict()),
  /** Record the meeting from this window's capture from now on (after a reload, or from a second window); frames of the previous capture are refused. */
  'live.attach': call<LiveStatus>()(z.object({ sessionId: id, capture: id }).strict()),
} as const;

export interface LiveEvents {
  /** The live session's state, link, recorded length and cost. */
  'live.status': LiveStatus;
  /** A caption: partial (deltas so far) or final (completed text). */
  'live.caption': LiveCaption;
}
