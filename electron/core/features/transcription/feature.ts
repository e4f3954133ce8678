import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { mediaType } from '../../../../shared/media';
import OpenAI from 'openai';
import type { EventPayloads } from '../../../../shared/contract';
import { AppFailure } from '../../../../shared/errors';
import type { Db } from '../../db/connection';
import { createJobsRepo } from '../../db/repos/jobs';
import { createRecordingsRepo } from '../../db/repos/recordings';
import type { ScenesRepo } from '../../db/repos/scenes';
import { createWatchFoldersRepo } from '../../db/repos/watch-folders';
import type { Logger } from '../../log';
import type { MediaStore } from '../../media/store';
import type { PipelineStack } from '../../pipeline/stack';
import type { PartialHandlers } from '../../rpc/dispatcher';
import type { EventBus } from '../../rpc/events';
import { planSearch, snippetOf } from '../../db/fts';
import type { ProvidersService } from '../providers/service';
import type { SettingsService } from '../settings/service';
import { exportTranscript } from './exports';
import { transcriptLines, writeMinutes } from './minutes';
import { TRANSCRIPTION_QUEUE, TranscriptionQueue } from './queue';
import { createTranscriptionService } from './service';
import { createUploads } from './uploads';
import { createFolderWatcher } from './watch';
import type { AdoptChunk, AdoptRecording } from '../live/finish';

const CHUNK_CONCURRENCY = 3;

export function createTranscriptionFeature(deps: {
  db: Db;
  dataDir: string;
  stack: PipelineStack;
  settings: SettingsService;
  scenes: ScenesRepo;
  media: MediaStore;
  providers: ProvidersService;
  events: EventBus;
  log: Logger;
}) {
  const repo = createRecordingsRepo(deps.db);
  const jobs = createJobsRepo(deps.db);
  const uploads = createUploads(path.join(deps.dataDir, 'uploads'));
  const providerExists = (id: string) => deps.providers.list().some((p) => p.id === id);
  const changed = () => deps.events.emit('data.changed', { topic: 'transcription' });

  /** Online when a provider of a recording waiting for the network answers at all (an HTTP error still means it is reachable). */
  const networkProbe = async () => {
    const ids = new Set(
      jobs
        .waitingForNetwork(TRANSCRIPTION_QUEUE)
        .map((j) => repo.get((j.payload as { recordingId: string }).recordingId)?.providerId)
        .filter((id): id is string => Boolean(id)),
    );
    for (const id of ids) {
      try {
        const client = await deps.providers.client(id);
        await client.models.list({ timeout: 5000 });
        return true;
      } catch (error) {
        if (error instanceof OpenAI.APIError && error.status !== undefined) return true;
      }
    }
    return false;
  };

  const queue = new TranscriptionQueue({
    repo,
    jobs,
    stack: deps.stack,
    media: deps.media,
    workRoot: path.join(deps.dataDir, 'transcription-work'),
    events: deps.events,
    log: deps.log,
    chunkConcurrency: () => CHUNK_CONCURRENCY,
    networkProbe,
    onSettled: (id, state) => {
      const r = repo.get(id);
      changed();
      if (!r || state === 'cancelled') return;
      const link = { kind: 'recording' as const, id };
      deps.events.emit('app.notify', state === 'done'
        ? { kind: 'success', title: 'Transcript ready', body: `${r.name} is transcribed.`, news: { about: 'recording', outcome: 'done', name: r.name }, link }
        : { kind: 'error', title: 'Transcription failed', body: `${r.name} could not be transcribed. Open Transcription for details.`, news: { about: 'recording', outcome: 'failed', name: r.name }, link });
    },
  });
  // Any answer from a provider means the network is back: recordings waiting for it go at once.
  deps.stack.onReachable(() => queue.networkBack());
  const service = createTranscriptionService({ repo, jobs, queue, uploads, recordingsDir: path.join(deps.dataDir, 'recordings'), stack: deps.stack, settings: deps.settings, media: deps.media, events: deps.events, providerExists });
  const watchRepo = createWatchFoldersRepo(deps.db);
  const watcher = createFolderWatcher({
    repo: watchRepo,
    log: deps.log,
    queue: async (file, folder) => (await service.addPaths([file], { model: { providerId: folder.providerId, model: folder.model }, language: folder.language }))[0]?.id ?? null,
  });
  // Progress events also refresh the list (state, chunks done, cost).
  deps.events.subscribe((e) => {
    if (e.name === 'job.progress' && (e.payload as EventPayloads['job.progress']).queue === queue.name) changed();
  });

  const handlers = {
    'uploads.begin': ({ name, bytes }) => ({ uploadId: uploads.begin(name, bytes) }),
    'uploads.append': ({ uploadId, offset, bytes }) => ({ received: uploads.append(uploadId, offset, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) }),
    'uploads.cancel': ({ uploadId }) => ({ cancelled: uploads.cancel(uploadId) }),
    'transcription.add': async ({ uploads: ids, paths, ...opts }) => [...(ids.length ? await service.addUploads(ids, opts) : []), ...(paths.length ? await service.addPaths(paths, opts) : [])],
    'transcription.list': () => service.list(),
    'transcription.get': ({ id }) => service.detail(id),
    'transcription.pause': ({ id }) => service.pause(id),
    'transcription.resume': ({ id }) => service.resume(id),
    'transcription.cancel': ({ id }) => service.cancel(id),
    'transcription.retry': ({ id }) => service.retry(id),
    'transcription.prioritize': ({ id }) => service.prioritize(id),
    'transcription.remove': ({ id }) => {
      service.remove(id);
      return { removed: true as const };
    },
    'transcription.setQueuePaused': ({ paused }) => {
      if (paused) queue.pauseAll();
      else queue.resumeAll();
      changed();
      return { paused: queue.paused };
    },
    'transcription.queueState': () => ({ paused: queue.paused }),
    'transcription.renameSpeaker': ({ id, label, name }) => service.renameSpeaker(id, label, name),
    'transcription.editSegment': ({ id, idx, text }) => service.editSegment(id, idx, text),
    'transcription.moveSegment': ({ id, idx, speaker }) => service.moveSegment(id, idx, speaker),
    'transcription.search': ({ query, limit }) => {
      const plan = planSearch(query);
      return plan ? repo.search(plan, limit).map(({ text, ...hit }) => ({ ...hit, snippet: snippetOf(text, plan.terms) })) : [];
    },
    'transcription.export': ({ id, format }) => exportTranscript(service.detail(id), format),
    'transcription.minutes': async ({ id, model }) => {
      const d = service.detail(id);
      if (d.recording.phase !== 'done') throw new AppFailure('invalid_input', 'Minutes can be written once the transcript is finished.');
      const scene = deps.scenes.findByName('meeting_minutes');
      if (!scene) throw new AppFailure('not_found', 'The "Meeting minutes" scene is missing; restore it in Chat → Scenes.');
      const target = model ?? (scene.providerId && scene.model ? { providerId: scene.providerId, model: scene.model } : deps.settings.get().defaults.text);
      if (!target || !providerExists(target.providerId)) throw new AppFailure('no_provider', 'No chat model is set up for minutes. Pick one in Settings → Default models.', { reason: 'no_model', purpose: 'minutes' });
      const minutes = await writeMinutes(deps.stack, scene, target, transcriptLines(repo.segments(id), repo.speakerNames(id)));
      repo.putMinutes(id, minutes.content, target.model, minutes.costMicros);
      changed();
      return service.detail(id);
    },
    'transcription.watchFolders': () => watchRepo.list(),
    'transcription.addWatchFolder': ({ path: folderPath, model, language }) => {
      const ref = model ?? deps.settings.get().defaults['audio-offline'];
      if (!ref) throw new AppFailure('no_provider', 'Pick a transcription model in Settings → Default models first.', { reason: 'no_model', purpose: 'transcription' });
      const resolved = path.resolve(folderPath);
      if (!fs.existsSync(resolved) || !fs.statSync(resolved).isDirectory()) throw new AppFailure('not_found', `There is no folder at ${resolved}.`, { field: 'path' });
      if (watchRepo.list().some((f) => f.path === resolved)) throw new AppFailure('conflict', 'That folder is already watched.', { field: 'path' });
      const folder = { id: crypto.randomUUID(), path: resolved, providerId: ref.providerId, model: ref.model, language: language ?? null };
      watchRepo.insert(folder);
      watcher.add(folder);
      changed();
      return folder;
    },
    'transcription.removeWatchFolder': ({ id }) => {
      watchRepo.remove(id);
      watcher.remove(id);
      changed();
      return { removed: true as const };
    },
  } satisfies PartialHandlers;

  return {
    handlers,
    /** Parts of files arriving from the UI (browser mode, drag and drop); image analysis takes its files from here too. */
    uploads,
    /** Queues a recording whose chunks are partly transcribed already (a live meeting's captioned turns). */
    adopt(rec: AdoptRecording, chunks: AdoptChunk[]): void {
      repo.insert({ id: rec.id, jobId: null, name: rec.name, sourcePath: rec.sourcePath, bytes: rec.bytes, providerId: rec.providerId, model: rec.model, language: rec.language, prompt: null, speakers: [], estimateMicros: rec.estimateMicros });
      repo.insertChunks(chunks.map((c, idx) => ({ recordingId: rec.id, idx, startMs: c.startMs, endMs: c.endMs, overlapMs: c.overlapMs, file: c.file, fileHash: c.fileHash })));
      chunks.forEach((c, idx) => c.done && repo.chunkDone({ recordingId: rec.id, idx, requestId: c.done.requestId, costMicros: c.done.costMicros, cached: false, result: c.done.result }));
      repo.update({ ...repo.get(rec.id)!, jobId: queue.add({ recordingId: rec.id }), durationMs: rec.durationMs });
      changed();
    },
    /**
     * Demo mode: queues the demo recording once (a marker beside it remembers), with the diarizing model
     * when the provider has it, so the first visit to Transcription shows speakers, a transcript and minutes.
     */
    async queueDemoRecording(file: string, models: readonly string[]): Promise<void> {
      const marker = `${file}.queued`;
      if (!fs.existsSync(file) || fs.existsSync(marker)) return;
      const fallback = deps.settings.get().defaults['audio-offline'];
      const diarize = models.includes('gpt-4o-transcribe-diarize') && fallback ? { providerId: fallback.providerId, model: 'gpt-4o-transcribe-diarize' } : fallback;
      if (!diarize) return;
      try {
        await service.addPaths([file], { model: diarize });
        fs.writeFileSync(marker, new Date().toISOString());
      } catch (error) {
        deps.log.warn('transcription.demo_recording_not_queued', { error: (error as Error).message });
      }
    },
    /** Recordings still to finish: the desktop app keeps running in the tray while there are any. */
    pendingWork: () => jobs.unfinished(queue.name),
    /** The original recording, for playback. */
    media(id: string): { file: string; mime: string } | null {
      const r = repo.get(id);
      return r && fs.existsSync(r.sourcePath) ? { file: r.sourcePath, mime: mediaType(path.extname(r.sourcePath)) } : null;
    },
    start() {
      queue.start();
      watcher.start();
    },
    stop() {
      watcher.stop();
      queue.stop();
    },
  };
}
