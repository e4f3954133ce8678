/** The transcription part of the contract: recordings in a background queue, transcripts, minutes, exports. */
import { z } from 'zod';
import type { AppError } from '../errors';
import { call, empty, id } from './define';

/** The largest part of an upload: with its header it fits one WebSocket frame (WS_MAX_FRAME_BYTES, 8 MB). */
export const UPLOAD_PART_MAX_BYTES = 6 * 1024 * 1024;

export type RecordingState = 'queued' | 'running' | 'waiting_network' | 'paused' | 'done' | 'failed' | 'cancelled';
export type RecordingPhase = 'queued' | 'preparing' | 'transcribing' | 'stitching' | 'done';

export interface RecordingView {
  id: string;
  /** The queue job behind it: job.progress events carry this id. */
  jobId: string | null;
  name: string;
  state: RecordingState;
  phase: RecordingPhase;
  durationMs: number | null;
  bytes: number;
  providerId: string;
  model: string;
  /** The realtime model that captioned it live, for a meeting recorded in the app (`model` took the gaps). */
  liveModel: string | null;
  language: string | null;
  chunks: { total: number; done: number };
  estimateMicros: number | null;
  costMicros: number;
  error: AppError | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface ChunkView {
  idx: number;
  startMs: number;
  endMs: number;
  state: 'pending' | 'done';
  cached: boolean;
  costMicros: number;
}

export interface SegmentView {
  idx: number;
  startMs: number;
  endMs: number;
  /** The label the model gave ('A', 'B', or a known speaker's name). */
  speaker: string | null;
  text: string;
}

export interface RecordingDetail {
  recording: RecordingView;
  chunks: ChunkView[];
  segments: SegmentView[];
  /** label → the name the user gave that speaker. */
  speakerNames: Record<string, string>;
  minutes: { content: string; model: string; costMicros: number; createdAt: string } | null;
  /** The model gave no timestamps (one block of text per chunk, cut into sentences here): segment times are estimates. */
  approximateTimes?: boolean;
}

export interface TranscriptHit {
  recordingId: string;
  name: string;
  idx: number;
  startMs: number;
  snippet: { text: string; match: boolean }[];
}

export interface WatchFolder {
  id: string;
  path: string;
  providerId: string;
  model: string;
  language: string | null;
}

const modelChoice = z.object({ providerId: id, model: z.string().trim().min(1).max(200) }).strict();
const options = {
  model: modelChoice.optional(),
  language: z.string().trim().regex(/^[a-z]{2,3}$/, 'Use a language code such as en, de or fr.').nullable().optional(),
  prompt: z.string().max(2000).nullable().optional(),
  speakers: z
    .array(z.object({ name: z.string().trim().min(1).max(60), uploadId: id }).strict())
    .max(4, 'At most 4 known speakers.')
    .optional(),
};

export const transcriptionCalls = {
  /** Start an upload of a recording (browser mode and drag-and-drop send the bytes in parts). */
  'uploads.begin': call<{ uploadId: string }>()(z.object({ name: z.string().trim().min(1).max(255), bytes: z.number().int().min(1, 'The file is empty.').max(8 * 1024 ** 3) }).strict()),
  /** One part of an upload, in order, as raw bytes (a binary frame in browser mode: no base64, no JSON). */
  'uploads.append': call<{ received: number }>()(
    z
      .object({
        uploadId: id,
        offset: z.number().int().min(0),
        bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= UPLOAD_PART_MAX_BYTES, `A part of an upload is 1 byte to ${UPLOAD_PART_MAX_BYTES / 1024 / 1024} MB.`),
      })
      .strict(),
  ),
  /** Drop an upload that will not be finished (stopped, or its batch failed): its part file is deleted. */
  'uploads.cancel': call<{ cancelled: boolean }>()(z.object({ uploadId: id }).strict()),
  /** Queue recordings for transcription: uploaded ones, or files on this machine by path. */
  'transcription.add': call<RecordingView[]>()(
    z
      .object({ uploads: z.array(id).max(100).default([]), paths: z.array(z.string().min(1).max(4096)).max(100).default([]), ...options })
      .strict()
      .refine((v) => v.uploads.length + v.paths.length > 0, { message: 'Add at least one recording.', path: ['uploads'] }),
  ),
  /** Every recording in the queue, newest first. */
  'transcription.list': call<RecordingView[]>()(empty),
  /** One recording with its chunks, transcript, speakers and minutes. */
  'transcription.get': call<RecordingDetail>()(z.object({ id }).strict()),
  'transcription.pause': call<RecordingView>()(z.object({ id }).strict()),
  'transcription.resume': call<RecordingView>()(z.object({ id }).strict()),
  'transcription.cancel': call<RecordingView>()(z.object({ id }).strict()),
  /** Try a failed or cancelled recording again (finished chunks are not sent again). */
  'transcription.retry': call<RecordingView>()(z.object({ id }).strict()),
  /** Transcribe this recording next, ahead of the others waiting. */
  'transcription.prioritize': call<RecordingView>()(z.object({ id }).strict()),
  /** Remove a recording and its transcript. */
  'transcription.remove': call<{ removed: true }>()(z.object({ id }).strict()),
  /** Pause or resume the whole queue. */
  'transcription.setQueuePaused': call<{ paused: boolean }>()(z.object({ paused: z.boolean() }).strict()),
  'transcription.queueState': call<{ paused: boolean }>()(empty),
  /** Give a speaker label a name, everywhere in the transcript. */
  'transcription.renameSpeaker': call<RecordingDetail>()(z.object({ id, label: z.string().min(1).max(60), name: z.string().trim().min(1).max(60) }).strict()),
  /** Move one segment to another speaker (an existing label, or a new one), leaving the rest of that speaker's turns alone. */
  'transcription.moveSegment': call<RecordingDetail>()(z.object({ id, idx: z.number().int().min(0), speaker: z.string().trim().min(1).max(60) }).strict()),
  /** Correct the text of one segment. */
  'transcription.editSegment': call<RecordingDetail>()(z.object({ id, idx: z.number().int().min(0), text: z.string().trim().min(1).max(20_000) }).strict()),
  /** Search all transcripts. */
  'transcription.search': call<TranscriptHit[]>()(z.object({ query: z.string().trim().min(1).max(500), limit: z.number().int().min(1).max(200).default(50) }).strict()),
  /** A transcript (and minutes, for Markdown), or the minutes alone (minutes-md, minutes-docx), as a file. DOCX comes base64-encoded. */
  'transcription.export': call<{ filename: string; mime: string; content: string; encoding: 'utf8' | 'base64' }>()(
    z.object({ id, format: z.enum(['txt', 'md', 'srt', 'vtt', 'docx', 'json', 'minutes-md', 'minutes-docx']) }).strict(),
  ),
  /** Turn a transcript into meeting minutes: summary, decisions, action items, open questions. */
  'transcription.minutes': call<RecordingDetail>()(z.object({ id, model: modelChoice.optional() }).strict()),
  'transcription.watchFolders': call<WatchFolder[]>()(empty),
  /** Queue every new recording that appears in a folder. */
  'transcription.addWatchFolder': call<WatchFolder>()(z.object({ path: z.string().trim().min(1).max(4096), model: modelChoice.optional(), language: options.language }).strict()),
  'transcription.removeWatchFolder': call<{ removed: true }>()(z.object({ id }).strict()),
} as const;
