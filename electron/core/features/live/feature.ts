/** Live meetings: the calls, the one meeting being recorded, and recovery of meetings a crash cut off. */
import crypto from 'node:crypto';
import path from 'node:path';
import type { LiveStatus, ModelRef } from '../../../../shared/contract';
import { AppFailure } from '../../../../shared/errors';
import type { Db } from '../../db/connection';
import { createLiveRepo, type LiveSessionRow } from '../../db/repos/live';
import type { Logger } from '../../log';
import type { PipelineStack } from '../../pipeline/stack';
import type { PartialHandlers } from '../../rpc/dispatcher';
import type { EventBus } from '../../rpc/events';
import type { ProvidersService } from '../providers/service';
import type { SettingsService } from '../settings/service';
import { DIARIZE_MODEL, finishRecording, type FinishDeps } from './finish';
import { LIVE_SCENE, LiveSession } from './session';
import { localStamp } from '../../names/stamp';

/**
 * Captions use the gpt-4o-transcribe family (the mini one when that is the user's choice): they stream
 * partial text, which whisper-1 does not. The offline model stays the user's (whisper-1 gives timestamps).
 */
const liveModelFor = (model: string) => (model === 'gpt-4o-mini-transcribe' ? model : DEFAULT_LIVE_MODEL);
const DEFAULT_LIVE_MODEL = 'gpt-4o-transcribe';

export function createLiveFeature(deps: {
  db: Db;
  dataDir: string;
  stack: PipelineStack;
  settings: SettingsService;
  providers: ProvidersService;
  events: EventBus;
  log: Logger;
  adopt: FinishDeps['adopt'];
}) {
  const repo = createLiveRepo(deps.db);
  const root = path.join(deps.dataDir, 'live');
  const dirOf = (id: string) => path.join(root, id);
  let current: LiveSession | null = null;
  const finishDeps: FinishDeps = { repo, dataDir: deps.dataDir, adopt: deps.adopt, priceOverrides: () => deps.stack.settings.config().priceOverrides };
  const sessionDeps = {
    repo,
    stack: deps.stack,
    events: deps.events,
    log: deps.log,
    policy: () => deps.stack.settings.policyFor('audio-realtime', LIVE_SCENE),
    connection: async (providerId: string) => {
      const client = await deps.providers.client(providerId);
      return { baseUrl: client.baseURL, apiKey: client.apiKey };
    },
  };

  function resolve(choice: ModelRef | undefined): ModelRef {
    const ref = choice ?? deps.settings.get().defaults['audio-offline'];
    if (!ref || !deps.providers.list().some((p) => p.id === ref.providerId)) {
      throw new AppFailure('no_provider', 'No transcription model is set up. Pick one in Settings → Default models.', { reason: 'no_model', purpose: 'transcription' });
    }
    return ref;
  }

  const must = (sessionId: string): LiveSession => {
    if (!current || current.id !== sessionId) throw new AppFailure('not_found', 'That meeting is no longer being recorded.');
    return current;
  };

  async function finish(row: LiveSessionRow, recovered: boolean): Promise<string> {
    const id = await finishRecording(finishDeps, row, dirOf(row.id), { recovered });
    deps.events.emit('data.changed', { topic: 'transcription' });
    return id;
  }

  const handlers = {
    'live.start': ({ name, model, language, diarize, capture }): LiveStatus => {
      if (current && !current.ended) throw new AppFailure('conflict', 'A meeting is already being recorded. Stop it first.');
      const ref = resolve(model);
      const id = crypto.randomUUID();
      repo.insert({
        id,
        name: name ?? `Meeting ${localStamp(new Date())}`,
        providerId: ref.providerId,
        liveModel: liveModelFor(ref.model),
        offlineModel: ref.model === DIARIZE_MODEL && !diarize ? DEFAULT_LIVE_MODEL : ref.model,
        language: language ?? null,
        diarize,
      });
      current = new LiveSession(repo.get(id)!, dirOf(id), sessionDeps);
      if (capture) current.attach(capture);
      current.start();
      return current.status();
    },
    'live.audio': ({ sessionId, capture, seq, bytes }) => ({
      recordedMs: Math.round(must(sessionId).append(seq, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), capture)),
    }),
    'live.attach': ({ sessionId, capture }) => {
      const s = must(sessionId);
      s.attach(capture);
      return s.status();
    },
    'live.captions': ({ sessionId }) => must(sessionId).captions(),
    'live.pause': ({ sessionId }) => {
      const s = must(sessionId);
      s.pause();
      return s.status();
    },
    'live.resume': ({ sessionId }) => {
      const s = must(sessionId);
      s.resume();
      return s.status();
    },
    'live.stop': async ({ sessionId }) => {
      const s = must(sessionId);
      if (s.ended) return s.status();
      await s.stop();
      try {
        s.recordingId = await finish(repo.get(s.id)!, false);
        s.state = 'done';
      } catch (e) {
        deps.log.error('live.finish_failed', { error: e instanceof Error ? e.message : String(e) });
        repo.setState(s.id, 'failed');
        s.fail(e);
      }
      s.emitStatus();
      return s.status();
    },
    'live.current': () => (current && !current.ended ? current.status() : null),
  } satisfies PartialHandlers;

  return {
    handlers,
    /** Meetings a crash cut off: their recording (all of it that reached the disk) becomes a transcript job. */
    async recover(): Promise<void> {
      for (const row of repo.unfinished()) {
        try {
          await finish(row, true);
          deps.log.info('live.recovered', { session: row.id });
        } catch (e) {
          deps.log.error('live.recover_failed', { session: row.id, error: e instanceof Error ? e.message : String(e) });
          repo.setState(row.id, 'failed');
        }
      }
    },
    /** The app is closing: keep what was recorded; the next start turns it into a transcript. */
    stop(): void {
      if (current && !current.ended) current.halt();
    },
  };
}
