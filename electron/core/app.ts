import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AppInfo, HostMode } from '../../shared/contract';
import type { MediaKind } from '../../shared/media';
import { openDatabase } from './db/connection';
import { createMediaRepo } from './db/repos/media';
import { createProvidersRepo } from './db/repos/providers';
import { createSecretsRepo } from './db/repos/secrets';
import { createSettingsRepo } from './db/repos/settings';
import { DB_FILE, type ResolvedDataDir } from './data/location';
import { lockDataDir } from './data/lock';
import { createDataService } from './features/data/service';
import { ENV_PROVIDER_ID, readEnvProvider } from './features/providers/environment';
import { providerHandlers } from './features/providers/handlers';
import { createProvidersService } from './features/providers/service';
import { settingsHandlers } from './features/settings/handlers';
import { createSettingsService } from './features/settings/service';
import { createFileLogger, type Logger } from './log';
import { createMediaStore } from './media/store';
import { createPipelineStack, type PipelineStack } from './pipeline/stack';
import { usageHandlers } from './features/usage/handlers';
import { createChatFeature } from './features/chat/handlers';
import { createTranscriptionFeature } from './features/transcription/feature';
import { createStudioFeature } from './features/studio/feature';
import { createVisionFeature } from './features/vision/feature';
import { createLiveFeature } from './features/live/feature';
import { createConversationsRepo } from './db/repos/conversations';
import { createMessagesRepo } from './db/repos/messages';
import { createScenesRepo } from './db/repos/scenes';
import { waitForDefaults } from './rpc/wait-for-defaults';
import { createDispatcher, type Dispatch, type Handlers } from './rpc/dispatcher';
import { createEventBus, type EventListener } from './rpc/events';
import { createNoticeLog } from './rpc/notices';
import { createQuietWatch } from './rpc/quiet-watch';
import { warmTokenizer } from './tokens/count';
import { chooseVault, type VaultPreference } from './vault/select';
import type { Cipher } from './vault/types';

export interface CoreOptions {
  location: ResolvedDataDir;
  mode: HostMode;
  version: string;
  env?: NodeJS.ProcessEnv;
  /** Electron's safeStorage, offered by the desktop shell. */
  hostCipher?: Cipher | null;
  /** better-sqlite3 addon built for the host runtime. */
  nativeBinding?: string;
  /** Hold the data folder's single-instance lock (tests that simulate a crash open a second core without it). */
  exclusive?: boolean;
  log?: Logger;
  /** The desktop shell's folder picker (image studio exports); absent in browser mode. */
  pickFolder?: (defaultPath: string) => Promise<string | null>;
}

export interface Core {
  info: AppInfo;
  /** For features and benchmarks inside core: the one path of every model call. */
  pipeline: PipelineStack['pipeline'];
  operations: PipelineStack['operations'];
  handle: Dispatch;
  subscribe(listener: EventListener): () => void;
  /** Background jobs not finished yet (the desktop app stays in the tray while there are any). */
  pendingWork(): number;
  /** The file behind a media URL (e.g. a recording for playback), for hosts to serve; null if unknown. */
  media(kind: MediaKind, id: string): { file: string; mime: string } | null;
  stop(): void;
}

/** The composition root: wires storage, custody and features, and returns the one entry point hosts use. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const env = options.env ?? process.env;
  const dataDir = options.location.dir;
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const unlock = options.exclusive === false ? () => {} : lockDataDir(dataDir);
  const log = options.log ?? createFileLogger({ dir: path.join(dataDir, 'logs') });
  const db = openDatabase(path.join(dataDir, DB_FILE), { nativeBinding: options.nativeBinding });
  const notices = createNoticeLog(createEventBus());
  const events = notices.bus;

  const settingsRepo = createSettingsRepo(db);
  let scope = settingsRepo.get<string>('installId');
  if (!scope) {
    scope = crypto.randomUUID();
    settingsRepo.putMany({ installId: scope });
  }
  const vault = await chooseVault({
    dataDir,
    scope,
    secrets: createSecretsRepo(db),
    log,
    hostCipher: options.hostCipher,
    preference: (env.ATELIER_VAULT as VaultPreference | undefined) ?? 'auto',
  });

  const simulator = env.ATELIER_SIMULATOR === '1';
  const providers = createProvidersService({ repo: createProvidersRepo(db), vault, env: readEnvProvider(env, simulator), log });
  await providers.moveUrlCredentialsToVault();
  const settings = createSettingsService(settingsRepo, (id) => providers.list().some((p) => p.id === id));
  const data = createDataService(db, options.location);
  const media = createMediaStore(path.join(dataDir, 'media'), createMediaRepo(db));
  const stack = createPipelineStack({
    db,
    settingsRepo,
    logDir: path.join(dataDir, 'logs'),
    log,
    client: (id) => providers.client(id),
    onSoftBudget: (warning) => events.emit('app.notify', { title: 'Over a soft budget', body: warning.message, kind: 'warning', warning, link: { kind: 'budgets' } }),
  });

  const info: AppInfo = { name: 'Atelier', version: options.version, mode: options.mode, platform: process.platform, dataDir, simulator };
  const scenes = createScenesRepo(db);
  const chat = createChatFeature({
    conversations: createConversationsRepo(db),
    messages: createMessagesRepo(db),
    scenes,
    media,
    stack,
    settings,
    events,
    providerExists: (id) => providers.list().some((p) => p.id === id),
    providerModels: (id) => providers.list().find((p) => p.id === id)?.models ?? [],
  });
  const transcription = createTranscriptionFeature({ db, dataDir, stack, settings, scenes, media, providers, events, log });
  const studio = createStudioFeature({ db, dataDir, stack, settingsRepo, media, events, log, providerExists: (id) => providers.list().some((p) => p.id === id), client: (id) => providers.client(id), pickFolder: options.pickFolder });
  const vision = createVisionFeature({
    db, dataDir, stack, settings, media, providers, events, log,
    uploads: transcription.uploads,
    createConversation: (title) => (chat.handlers['chat.create']({ title }) as { id: string }).id,
  });
  const live = createLiveFeature({ db, dataDir, stack, settings, providers, events, log, adopt: transcription.adopt });
  const envModels = providers.list().some((p) => p.id === ENV_PROVIDER_ID) ? providers.refreshModels(ENV_PROVIDER_ID) : null;
  const handlers: Handlers = {
    ...settingsHandlers({ info, settings, vault, data, events }),
    'app.notices': ({ after }) => notices.since(after),
    ...providerHandlers(providers, settings, events),
    ...usageHandlers({ ...stack, events }),
    ...chat.handlers,
    ...transcription.handlers,
    ...studio.handlers,
    ...vision.handlers,
    ...live.handlers,
  };
  transcription.start();
  studio.start();
  vision.start();
  void live.recover();
  log.info('core.started', { mode: options.mode, vault: vault.status.backend });
  // The environment's provider keeps its model list in memory only: read it now, in the background.
  const envReady = envModels
    ?.then((view) => {
      events.emit('data.changed', { topic: 'providers' });
      if (settings.fillMissingDefaults(view)) events.emit('data.changed', { topic: 'settings' });
      // `npm run demo` hands over a recording to show on the Transcription screen (queued once).
      if (simulator && env.ATELIER_DEMO_RECORDING) void transcription.queueDemoRecording(env.ATELIER_DEMO_RECORDING, view.models);
    })
    .catch(() => log.warn('providers.env_models_unavailable'));

  // The tokenizer's tables load once the first screen has had its answers, not while it waits for them.
  const quiet = createQuietWatch();
  quiet.whenQuiet(() => {
    const started = performance.now();
    warmTokenizer();
    log.info('tokenizer.ready', { ms: Math.round(performance.now() - started) });
  });
  const dispatch = createDispatcher(envReady ? waitForDefaults(handlers, envReady) : handlers, log);

  return {
    info,
    pipeline: stack.pipeline,
    operations: stack.operations,
    handle: (name, input, sender) => {
      quiet.noteCall();
      return dispatch(name, input, sender);
    },
    subscribe: events.subscribe,
    pendingWork: () => transcription.pendingWork() + studio.pendingWork() + vision.pendingWork(),
    media: (kind, id) => {
      if (kind === 'recording') return transcription.media(id);
      // Only images are served: they are shown inline; text attachments are read through calls.
      const stored = media.describe(id);
      return stored?.kind === 'image' ? { file: media.pathOf(id), mime: stored.mime } : null;
    },
    stop() {
      chat.shutdown();
      live.stop();
      transcription.stop();
      studio.stop();
      vision.stop();
      db.close();
      unlock();
      log.info('core.stopped');
    },
  };
}
