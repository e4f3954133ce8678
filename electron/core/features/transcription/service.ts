import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ModelRef, RecordingDetail, RecordingState, RecordingView } from '../../../../shared/contract';
import { AppFailure } from '../../../../shared/errors';
import { estimateTranscription, isPriceUnknown } from '../../../../shared/pricing';
import type { JobsRepo } from '../../db/repos/jobs';
import type { RecordingRow, RecordingsRepo } from '../../db/repos/recordings';
import type { PipelineStack } from '../../pipeline/stack';
import type { EventBus } from '../../rpc/events';
import type { SettingsService } from '../settings/service';
import { mediaType } from '../../../../shared/media';
import { probe } from '../../media/ffmpeg';
import { formatFor } from '../../pipeline/operations/transcribe';
import type { TranscriptionQueue } from './queue';
import type { Uploads } from './uploads';

/** Extensions meetings really produce; anything else is refused before it reaches the queue. */
export const RECORDING_EXTENSIONS = /\.(m4a|mp3|wav|webm|ogg|oga|opus|flac|aac|mp4|mov|mkv|mpeg|mpga)$/i;

export interface AddOptions {
  model?: ModelRef;
  language?: string | null;
  prompt?: string | null;
  speakers?: { name: string; uploadId: string }[];
}

export function createTranscriptionService(deps: {
  repo: RecordingsRepo;
  jobs: JobsRepo;
  queue: TranscriptionQueue;
  uploads: Uploads;
  recordingsDir: string;
  stack: Pick<PipelineStack, 'settings'>;
  settings: SettingsService;
  media: { put(bytes: Buffer, mime: string, name: string | null): string };
  events: EventBus;
  providerExists: (id: string) => boolean;
}) {
  const { repo, jobs, queue } = deps;
  const changed = () => deps.events.emit('data.changed', { topic: 'transcription' });

  function view(r: RecordingRow): RecordingView {
    const job = r.jobId ? jobs.get(r.jobId) : undefined;
    const chunks = repo.chunks(r.id);
    // Transcription requeues after a crash (chunks are idempotent), so 'interrupted' only shows as a failure.
    const state: RecordingState = !job ? 'queued' : job.state === 'waiting' ? (job.waitReason === 'network' ? 'waiting_network' : 'queued') : job.state === 'interrupted' ? 'failed' : job.state;
    return {
      id: r.id,
      jobId: r.jobId,
      name: r.name,
      state,
      phase: r.phase,
      durationMs: r.durationMs,
      bytes: r.bytes,
      providerId: r.providerId,
      model: r.model,
      liveModel: r.liveModel,
      language: r.language,
      chunks: { total: chunks.length, done: chunks.filter((c) => c.state === 'done').length },
      estimateMicros: r.estimateMicros,
      costMicros: r.costMicros,
      error: job?.state === 'done' ? null : job?.error ?? null,
      createdAt: r.createdAt,
      startedAt: job?.startedAt ?? null,
      finishedAt: job?.finishedAt ?? null,
    };
  }

  const mustGet = (id: string) => {
    const r = repo.get(id);
    if (!r) throw new AppFailure('not_found', 'That recording no longer exists.');
    return r;
  };

  function resolveModel(choice?: ModelRef): ModelRef {
    const ref = choice ?? deps.settings.get().defaults['audio-offline'];
    if (!ref || !deps.providerExists(ref.providerId)) throw new AppFailure('no_provider', 'No transcription model is set up. Pick one in Settings → Default models.', { reason: 'no_model', purpose: 'transcription' });
    return ref;
  }

  /** Moves an upload (or copies a local file) into the data folder, so the queue never depends on where it came from. */
  function keepFile(id: string, source: { name: string; file: string; move: boolean }): { file: string; bytes: number } {
    const dir = path.join(deps.recordingsDir, id);
    fs.mkdirSync(dir, { recursive: true });
    const target = path.join(dir, `original${path.extname(source.name).toLowerCase()}`);
    if (source.move) fs.renameSync(source.file, target);
    else fs.copyFileSync(source.file, target);
    return { file: target, bytes: fs.statSync(target).size };
  }

  /**
   * Reads every file with ffprobe before any is queued: a file that is not audio (a renamed .txt, a PDF,
   * a damaged header) is refused at once with its name and the reason, instead of being queued, sent,
   * failing, and offering a Retry that fails again. All or nothing, like the format check.
   */
  async function probeAll(inputs: { name: string; file: string; move: boolean }[]): Promise<number[]> {
    const durations: number[] = [];
    for (const input of inputs) {
      try {
        durations.push((await probe(input.file, input.name)).durationMs);
      } catch (error) {
        // Uploads already arrived are dropped with the batch; local files are left where they are.
        for (const i of inputs) if (i.move) fs.rmSync(i.file, { force: true });
        const reason = error instanceof AppFailure ? error : new AppFailure('unsupported_format', `"${input.name}" could not be read.`);
        throw new AppFailure(reason.code, reason.message, { ...reason.details, file: input.name, permanent: true });
      }
    }
    return durations;
  }

  async function add(inputs: { name: string; file: string; move: boolean }[], opts: AddOptions): Promise<RecordingView[]> {
    const target = resolveModel(opts.model);
    // All or nothing: refuse the batch before queuing any of it.
    const refused = inputs.find((i) => !RECORDING_EXTENSIONS.test(i.name));
    if (refused) {
      throw new AppFailure('unsupported_format', `"${refused.name}" is not a recording format Atelier takes. Use m4a, mp3, wav, webm, ogg, flac, aac, mp4, mov or mkv.`, { reason: 'not_recording_format', file: refused.name, permanent: true });
    }
    const durations = await probeAll(inputs);
    const speakers = (opts.speakers ?? []).map((s) => {
      const clip = deps.uploads.take(s.uploadId);
      const bytes = fs.readFileSync(clip.file);
      fs.rmSync(clip.file, { force: true });
      return { name: s.name, clipHash: deps.media.put(bytes, mediaType(path.extname(clip.name)), clip.name) };
    });
    const out: RecordingView[] = [];
    for (const [i, input] of inputs.entries()) {
      const id = crypto.randomUUID();
      const kept = keepFile(id, input);
      // The pre-flight estimate: minutes × price.
      const durationMs = durations[i]!;
      const micros = estimateTranscription(target.model, durationMs / 1000, deps.stack.settings.config().priceOverrides);
      repo.insert({ id, jobId: null, name: input.name, sourcePath: kept.file, bytes: kept.bytes, providerId: target.providerId, model: target.model, language: opts.language ?? null, prompt: opts.prompt ?? null, speakers, estimateMicros: isPriceUnknown(micros) ? null : micros });
      const jobId = queue.add({ recordingId: id });
      repo.update({ ...repo.get(id)!, jobId, durationMs });
      out.push(view(repo.get(id)!));
    }
    changed();
    return out;
  }

  function detail(id: string): RecordingDetail {
    const r = mustGet(id);
    return {
      recording: view(r),
      chunks: repo.chunks(id).map((c) => ({ idx: c.idx, startMs: c.startMs, endMs: c.endMs, state: c.state, cached: c.cached, costMicros: c.costMicros })),
      segments: repo.segments(id),
      speakerNames: repo.speakerNames(id),
      minutes: repo.minutes(id) ?? null,
      approximateTimes: formatFor(r.model) === 'json',
    };
  }

  const control = (id: string, action: (jobId: string) => void) => {
    const r = mustGet(id);
    if (r.jobId) action(r.jobId);
    changed();
    return view(mustGet(id));
  };

  return {
    view,
    detail,
    list: () => repo.list().map(view),
    async addUploads(uploadIds: string[], opts: AddOptions) {
      return add(uploadIds.map((u) => ({ ...deps.uploads.take(u), move: true })), opts);
    },
    async addPaths(paths: string[], opts: AddOptions) {
      for (const p of paths) if (!fs.existsSync(p) || !fs.statSync(p).isFile()) throw new AppFailure('not_found', `There is no file at ${p}.`);
      return add(paths.map((p) => ({ name: path.basename(p), file: p, move: false })), opts);
    },
    pause: (id: string) => control(id, (j) => queue.pause(j)),
    resume: (id: string) => control(id, (j) => queue.resume(j)),
    cancel: (id: string) => control(id, (j) => queue.cancel(j)),
    retry: (id: string) => control(id, (j) => queue.retry(j)),
    prioritize: (id: string) => control(id, (j) => queue.moveToFront(j)),
    remove(id: string) {
      const r = mustGet(id);
      if (r.jobId) queue.cancel(r.jobId);
      repo.remove(id);
      fs.rmSync(path.join(deps.recordingsDir, id), { recursive: true, force: true });
      changed();
    },
    renameSpeaker(id: string, label: string, name: string) {
      mustGet(id);
      repo.setSpeakerName(id, label, name);
      changed();
      return detail(id);
    },
    moveSegment(id: string, idx: number, speaker: string) {
      mustGet(id);
      if (!repo.moveSegment(id, idx, speaker)) throw new AppFailure('not_found', 'That part of the transcript no longer exists.');
      changed();
      return detail(id);
    },
    editSegment(id: string, idx: number, text: string) {
      mustGet(id);
      if (!repo.editSegment(id, idx, text)) throw new AppFailure('not_found', 'That part of the transcript no longer exists.');
      changed();
      return detail(id);
    },
  };
}
export type TranscriptionService = ReturnType<typeof createTranscriptionService>;
