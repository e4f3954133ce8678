/**
 * The one contract between the UI and the core. Every call the renderer can make and every event
 * the core pushes is declared here once; main, preload, server and renderer all derive from it.
 * No channel string appears anywhere else.
 */
import { z } from 'zod';
import type { Result } from './errors';
import { MODALITIES, type Modality } from './policy';

// ---------------------------------------------------------------- shapes returned to the UI

export type HostMode = 'desktop' | 'browser';
export type VaultBackend = 'safeStorage' | 'basic_text' | 'keyring' | 'file' | 'memory';

export interface AppInfo {
  name: string;
  version: string;
  mode: HostMode;
  platform: string;
  dataDir: string;
  /** True when the default provider is the bundled simulator (`npm run demo`). */
  simulator: boolean;
}

export interface VaultStatus {
  backend: VaultBackend;
  /** A person-readable name of where keys are kept. */
  label: string;
  /** True when keys are only obfuscated, not protected by the OS. */
  weak: boolean;
  /** Why protection is weak and what to do, when it is. */
  warning: string | null;
}

export type ProviderKind = 'openai' | 'compatible';

export interface KeyView {
  configured: boolean;
  last4: string | null;
  backend: VaultBackend | 'environment' | null;
}

export interface ProviderView {
  id: string;
  name: string;
  kind: ProviderKind;
  baseUrl: string;
  models: string[];
  modelsSource: 'fetched' | 'manual' | 'none';
  modelsUpdatedAt: string | null;
  key: KeyView;
  /** Read from OPENAI_API_KEY / OPENAI_BASE_URL; never stored, cannot be edited. */
  fromEnvironment: boolean;
  createdAt: string;
}

export interface ConnectionReport {
  latencyMs: number;
  modelCount: number;
}

export interface ModelRef {
  providerId: string;
  model: string;
}

export type ThemePreference = 'system' | 'light' | 'dark';

export interface Settings {
  theme: ThemePreference;
  defaults: Record<Modality, ModelRef | null>;
  onboardingDone: boolean;
}

export interface DataLocation {
  current: string;
  isDefault: boolean;
  /** A folder chosen to be used from the next launch, if any. */
  pending: string | null;
}

// ---------------------------------------------------------------- input schemas

const id = z.string().min(1).max(200);
const empty = z.object({}).strict();
const providerName = z.string().trim().min(1, 'Give the provider a name.').max(80);
const baseUrl = z
  .string()
  .trim()
  .url('Enter a full URL such as https://api.openai.com/v1')
  .refine((u) => /^https?:\/\//i.test(u), 'The base URL must start with http:// or https://');
const apiKey = z.string().trim().min(8, 'That key looks too short.').max(500);
const modelList = z.array(z.string().trim().min(1).max(200)).max(2000);
const modelRef = z.object({ providerId: id, model: z.string().trim().min(1).max(200) }).strict();

const settingsPatch = z
  .object({
    theme: z.enum(['system', 'light', 'dark']).optional(),
    defaults: z.partialRecord(z.enum(MODALITIES), modelRef.nullable()).optional(),
    onboardingDone: z.boolean().optional(),
  })
  .strict();

// ---------------------------------------------------------------- calls

export interface CallSpec<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  output: O;
}

const call =
  <O>() =>
  <I extends z.ZodType>(input: I): CallSpec<I, O> => ({ input, output: undefined as O });

export const calls = {
  /** Version, host mode, platform and data folder of the running app. */
  'app.info': call<AppInfo>()(empty),
  /** The user's settings (theme, default model per modality, onboarding state). */
  'settings.get': call<Settings>()(empty),
  /** Change some settings; returns all of them. */
  'settings.update': call<Settings>()(settingsPatch),
  /** Where keys are kept and whether that protection is weak. */
  'vault.status': call<VaultStatus>()(empty),
  /** Every configured provider, the environment's one first; keys appear only as last four characters. */
  'providers.list': call<ProviderView[]>()(empty),
  /** Add an OpenAI or OpenAI-compatible provider. */
  'providers.create': call<ProviderView>()(
    z
      .object({ name: providerName, kind: z.enum(['openai', 'compatible']), baseUrl, apiKey: apiKey.optional(), models: modelList.optional() })
      .strict(),
  ),
  /** Change a provider; apiKey null removes the stored key, omitted keeps it. */
  'providers.update': call<ProviderView>()(
    z.object({ id, name: providerName.optional(), baseUrl: baseUrl.optional(), apiKey: apiKey.nullable().optional(), models: modelList.optional() }).strict(),
  ),
  /** Delete a provider and its stored key. */
  'providers.remove': call<{ removed: true }>()(z.object({ id }).strict()),
  /** Call the provider's /models and report latency or a clear error. */
  'providers.test': call<ConnectionReport>()(z.object({ id }).strict()),
  /** Re-read the provider's model list from /models. */
  'providers.refreshModels': call<ProviderView>()(z.object({ id }).strict()),
  /** Where data is kept, and a folder chosen for the next launch. */
  'data.location': call<DataLocation>()(empty),
  /** Copy all data to another folder and use it from the next launch. */
  'data.relocate': call<DataLocation>()(z.object({ path: z.string().trim().min(1, 'Choose a folder.').max(4096) }).strict()),
} as const;

export type Calls = typeof calls;
export type CallName = keyof Calls;
/** What a caller passes (before defaults and trimming). */
export type CallInput<N extends CallName> = z.input<Calls[N]['input']>;
/** What a handler receives (validated and normalised). */
export type ParsedInput<N extends CallName> = z.output<Calls[N]['input']>;
export type CallOutput<N extends CallName> = Calls[N]['output'];
export const CALL_NAMES = Object.keys(calls) as CallName[];

/** The API every transport offers the renderer: one function per call. */
export type AtelierApi = { [N in CallName]: (input: CallInput<N>) => Promise<Result<CallOutput<N>>> };

// ---------------------------------------------------------------- pushed events

export const DATA_TOPICS = ['providers', 'settings', 'vault', 'data'] as const;
export type DataTopic = (typeof DATA_TOPICS)[number];

export interface EventPayloads {
  /** Something the UI shows changed in core; stores re-read that domain. */
  'data.changed': { topic: DataTopic };
  /** Progress of a long-running job (queues report through this, never through polling). */
  'job.progress': { queue: string; jobId: string; state: string; done: number; total: number; message: string | null };
  /** Part of a streamed model answer. */
  'stream.delta': { streamId: string; text: string };
}
export type EventName = keyof EventPayloads;
export const EVENT_NAMES: readonly EventName[] = ['data.changed', 'job.progress', 'stream.delta'];

export interface PushedEvent<N extends EventName = EventName> {
  name: N;
  payload: EventPayloads[N];
}

/** Subscription offered to the renderer next to the calls. */
export type Subscribe = <N extends EventName>(name: N, listener: (payload: EventPayloads[N]) => void) => () => void;

// ---------------------------------------------------------------- transport naming (the only channel strings)

export const ipcChannel = (name: CallName): string => `atelier:call:${name}`;
export const IPC_EVENT_CHANNEL = 'atelier:event';
/** Path of the browser-mode WebSocket, below the per-launch secret. */
export const WS_PATH = 'rpc';

/** A WebSocket frame from the renderer. */
export interface WsRequest {
  id: number;
  name: string;
  input: unknown;
}
/** WebSocket frames from the server: a call's answer or a pushed event. */
export type WsMessage = { kind: 'result'; id: number; result: Result<unknown> } | { kind: 'event'; event: PushedEvent };
