/**
 * The one contract between the UI and the core. Every call the renderer can make and every event
 * the core pushes is declared here once; main, preload, server and renderer all derive from it.
 * No channel string appears anywhere else.
 */
import { z } from 'zod';
import type { Result } from '../errors';
import { MODALITIES, type Modality, type Policy } from '../policy';
import type { PriceOverride } from '../pricing';
import { hasUrlCredentials } from '../url-credentials';
import { chatCalls, type ChatEvents } from './chat';
import { transcriptionCalls } from './transcription';
import { studioBatchCalls, studioCalls, type StudioEvents } from './studio';
import { visionCalls } from './vision';
import { liveCalls, type LiveEvents } from './live';
import { blockRule, call, empty, id } from './define';
import type { Warning, BudgetWarning } from './warnings';

export * from './chat';
export * from './transcription';
export * from './studio';
export * from './vision';
export * from './live';
export * from './binary';
export * from './batch-api';
export * from './warnings';
export type { CallSpec } from './define';

// ---------------------------------------------------------------- shapes returned to the UI

export type HostMode = 'desktop' | 'browser';
export type VaultBackend = 'safeStorage' | 'basic_text' | 'keyring' | 'file';

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

/** The names core gives the provider read from the environment (the interface shows them in its own language). */
export const ENV_PROVIDER_NAMES = { simulator: 'Simulator (demo)', openai: 'OpenAI (environment)', compatible: 'Environment provider' } as const;

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
/** Work whose spend is previewed against the budgets before it starts (each is billed under its own scene). */
export const BUDGETED_WORK = ['transcription', 'image_analysis', 'image_studio'] as const;
export type BudgetedWork = (typeof BUDGETED_WORK)[number];

/** The interface language; 'system' follows the operating system's (or browser's) preferred languages. */
export type LanguagePreference = 'system' | 'en' | 'zh-CN';
export const LANGUAGE_PREFERENCES = ['system', 'en', 'zh-CN'] as const satisfies readonly LanguagePreference[];

export interface Settings {
  theme: ThemePreference;
  language: LanguagePreference;
  defaults: Record<Modality, ModelRef | null>;
  onboardingDone: boolean;
  /** After a conversation's first reply, a cheap model names it (never replacing a title the user set). */
  autoTitles: boolean;
}

export interface DataLocation {
  current: string;
  isDefault: boolean;
  /** Set by ATELIER_DATA_DIR: moving is done by changing that variable, not here. */
  fromEnvironment: boolean;
  /** A folder chosen to be used from the next launch, if any. */
  pending: string | null;
}

export interface Budget {
  id: string;
  scope: 'overall' | 'modality' | 'scene';
  /** The modality or scene name for those scopes; null for overall. */
  target: string | null;
  period: 'day' | 'month';
  limitMicros: number;
  /** Hard caps refuse before sending; soft caps only warn. */
  hard: boolean;
}

export interface SceneConfig {
  policy?: Partial<Policy>;
  cache?: { enabled: boolean; ttlMs: number };
  filter?: ContentFilterConfig;
}

export interface ContentFilterConfig {
  /** Ask the provider's moderation endpoint before sending. */
  moderation: boolean;
  /** Words or /regular expressions/ that block a request locally. */
  blockRules: string[];
}

export interface Currency {
  code: string;
  symbol: string;
  /** Units of this currency per US dollar. */
  rate: number;
}

export interface PipelineConfig {
  /** Built-in defaults merged with the user's overrides. */
  policies: Record<Modality, Policy>;
  policyOverrides: Partial<Record<Modality, Partial<Policy>>>;
  scenes: Record<string, SceneConfig>;
  cache: { enabled: boolean; maxBytes: number; defaultTtlMs: number };
  budgets: Budget[];
  currency: Currency;
  priceOverrides: Record<string, PriceOverride>;
  /** Write prompt text into the request log (off by default). */
  logPrompts: boolean;
  /** Limits set by hand per "providerId|model", used instead of learned ones. */
  limits: Record<string, { requestsPerMinute?: number; tokensPerMinute?: number }>;
  /** Scene used for the content filter's own checks and for model calls without a scene. */
  defaultFilter: ContentFilterConfig;
}

export interface UsageRange {
  from: string;
  to: string;
}

export interface UsageBucket {
  key: string;
  costMicros: number;
  savedMicros: number;
  inputTokens: number;
  outputTokens: number;
  requests: number;
}

export interface UsageRow {
  ts: string;
  requestId: string;
  scene: string;
  modality: Modality;
  model: string;
  costMicros: number;
  inputTokens: number;
  outputTokens: number;
  latencyMs: number;
  outcome: string;
  cached: boolean;
  fallback: boolean;
}

export interface BudgetState {
  budget: Budget;
  label: string;
  spentMicros: number;
  /** spent / limit, 0..∞ */
  ratio: number;
}

export interface UsageSummary {
  range: UsageRange;
  totals: { costMicros: number; savedMicros: number; requests: number; attempts: number; inputTokens: number; outputTokens: number; cacheHits: number; failures: number };
  byDay: UsageBucket[];
  byModel: UsageBucket[];
  byScene: UsageBucket[];
  byModality: UsageBucket[];
  /** Per day and modality (key = modality), for stacked daily charts. */
  byDayModality: (UsageBucket & { day: string })[];
  mostExpensive: UsageRow[];
  budgets: BudgetState[];
  currency: Currency;
}

// ---------------------------------------------------------------- input schemas

const providerName = z.string().trim().min(1, 'Give the provider a name.').max(80);
const baseUrl = z
  .string()
  .trim()
  .url('Enter a full URL such as https://api.openai.com/v1')
  .refine((u) => /^https?:\/\//i.test(u), 'The base URL must start with http:// or https://')
  .refine((u) => !hasUrlCredentials(u), 'Put the key in the API key field, not in the address: an address is stored and shown in plain text.');
const apiKey = z.string().trim().min(8, 'That key looks too short.').max(500);
const modelList = z.array(z.string().trim().min(1).max(200)).max(2000);
const modelRef = z.object({ providerId: id, model: z.string().trim().min(1).max(200) }).strict();

const settingsPatch = z
  .object({
    theme: z.enum(['system', 'light', 'dark']).optional(),
    language: z.enum(LANGUAGE_PREFERENCES).optional(),
    defaults: z.partialRecord(z.enum(MODALITIES), modelRef.nullable()).optional(),
    onboardingDone: z.boolean().optional(),
    autoTitles: z.boolean().optional(),
  })
  .strict();

const policyPatch = z
  .object({
    timeoutMs: z.number().int().min(1000).max(3_600_000),
    retries: z.number().int().min(0).max(10),
    fallbackModel: z.string().trim().min(1).max(200).nullable(),
    backoffBaseMs: z.number().int().min(0).max(600_000),
    backoffMaxMs: z.number().int().min(0).max(3_600_000),
    rateLimitWaitMs: z.number().int().min(0).max(86_400_000),
  })
  .partial()
  .strict();
const filterConfig = z.object({ moderation: z.boolean(), blockRules: z.array(blockRule(500)).max(500) }).strict();
const sceneName = z.string().trim().min(1).max(80).regex(/^[\w .:-]+$/, 'Use letters, digits, spaces, dots, dashes or underscores.');
const budget = z
  .object({
    id: id,
    scope: z.enum(['overall', 'modality', 'scene']),
    target: z.string().trim().min(1).max(80).nullable(),
    period: z.enum(['day', 'month']),
    limitMicros: z.number().int().min(0).max(1e13),
    hard: z.boolean(),
  })
  .strict()
  .refine((b) => (b.scope === 'overall') === (b.target === null), { message: 'A modality or scene budget needs a target; an overall one has none.', path: ['target'] });
const price = z.number().min(0).max(100_000);
const priceOverride = z
  .object({
    input: price, cachedInput: price, output: price, imageInput: price, cachedImageInput: price,
    audioInput: price, cachedAudioInput: price, audioOutput: price, perMinute: price,
    basedOn: z.string().trim().min(1).max(200),
  })
  .partial()
  .strict();
const pipelinePatch = z
  .object({
    policyOverrides: z.partialRecord(z.enum(MODALITIES), policyPatch),
    scenes: z.record(sceneName, z.object({ policy: policyPatch.optional(), cache: z.object({ enabled: z.boolean(), ttlMs: z.number().int().min(0) }).strict().optional(), filter: filterConfig.optional() }).strict()),
    cache: z.object({ enabled: z.boolean(), maxBytes: z.number().int().min(0), defaultTtlMs: z.number().int().min(0) }).strict(),
    budgets: z.array(budget).max(200),
    currency: z.object({ code: z.string().trim().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as EUR.'), symbol: z.string().trim().min(1).max(4), rate: z.number().positive().max(1e6) }).strict(),
    priceOverrides: z.record(z.string().trim().min(1).max(200), priceOverride),
    logPrompts: z.boolean(),
    limits: z.record(z.string().min(3).max(400), z.object({ requestsPerMinute: z.number().int().positive(), tokensPerMinute: z.number().int().positive() }).partial().strict()),
    defaultFilter: filterConfig,
  })
  .partial()
  .strict();
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date such as 2026-11-21.');

// ---------------------------------------------------------------- calls


export const calls = {
  /** Version, host mode, platform and data folder of the running app. */
  'app.info': call<AppInfo>()(empty),
  /** Notifications raised after number `after` (the last 50 are kept), and the latest number; null asks only for that number. A page that lost its connection asks for what it missed. */
  'app.notices': call<{ seq: number; notices: EventPayloads['app.notify'][] }>()(z.object({ after: z.number().int().min(0).nullable() }).strict()),
  /** The user's settings (theme, language, default model per modality, onboarding state). */
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
  /** Policies, scenes, cache, budgets, currency and price overrides of the request pipeline. */
  'pipeline.config': call<PipelineConfig>()(empty),
  /** Replace some sections of the pipeline configuration; returns all of it. */
  'pipeline.updateConfig': call<PipelineConfig>()(pipelinePatch),
  /** Abort a running model request and any retry it has queued. */
  'requests.cancel': call<{ cancelled: boolean }>()(z.object({ requestId: id }).strict()),
  /** The budgets a planned spend would go over, as data like the chat composer's warnings (soft caps; a hard cap's refusal; an unknown price). */
  'budgets.preview': call<Warning[]>()(z.object({ work: z.enum(BUDGETED_WORK), maxCostMicros: z.number().int().min(0).nullable() }).strict()),
  /** Spend, tokens, savings and budget state between two local days (inclusive). */
  'usage.summary': call<UsageSummary>()(z.object({ from: isoDay, to: isoDay }).strict()),
  /** The ledger between two local days as CSV, one row per attempt. */
  'usage.exportCsv': call<{ filename: string; csv: string }>()(z.object({ from: isoDay, to: isoDay }).strict()),
  /** Empty the response cache. */
  'cache.clear': call<{ removed: number }>()(empty),
  ...chatCalls,
  ...transcriptionCalls,
  ...studioCalls,
  ...studioBatchCalls,
  ...visionCalls,
  ...liveCalls,
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

export const DATA_TOPICS = ['providers', 'settings', 'vault', 'data', 'pipeline', 'usage', 'chat', 'scenes', 'transcription', 'studio', 'vision'] as const;
export type DataTopic = (typeof DATA_TOPICS)[number];

export interface EventPayloads extends ChatEvents, StudioEvents, LiveEvents {
  /** Something the UI shows changed in core; stores re-read that domain. */
  'data.changed': { topic: DataTopic };
  /** Progress of a long-running job (queues report through this, never through polling). */
  'job.progress': { queue: string; jobId: string; state: string; done: number; total: number; message: string | null };
  /** Part of a streamed model answer. */
  'stream.delta': { streamId: string; text: string };
  /** Something the user should hear about even when not looking (desktop: an OS notification). */
  'app.notify': { title: string; body: string; kind: 'success' | 'warning' | 'error'; /** Numbered by core in the order raised (see app.notices). */ seq?: number; /** A soft budget gone over (once per budget and period): the renderer words it from this. */ warning?: BudgetWarning; /** Finished or failed work, as data the renderer words (title/body are core's English, for the OS notification). */ news?: WorkNews; link?: { kind: 'recording'; id: string } | { kind: 'budgets' } | { kind: 'vision-batch'; id: string } };
}
export type EventName = keyof EventPayloads;
/** A recording or an image-analysis batch that finished (done: how many images for a batch) or could not. */
export interface WorkNews {
  about: 'recording' | 'vision-batch';
  outcome: 'done' | 'failed';
  name: string;
  count?: number;
}

export const EVENT_NAMES: readonly EventName[] = ['data.changed', 'job.progress', 'stream.delta', 'chat.message', 'app.notify', 'studio.partial', 'live.status', 'live.caption'];

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
/**
 * WebSocket frames from the server: a call's answer or a pushed event. A frame the server could not
 * read (not JSON, no numeric id) is answered with id null and an invalid_input error.
 */
export type WsMessage = { kind: 'result'; id: number | null; result: Result<unknown> } | { kind: 'event'; event: PushedEvent };
/** Largest WebSocket frame the browser-mode host accepts; bigger calls go to HTTP_CALL_PATH. */
export const WS_MAX_FRAME_BYTES = 8 * 1024 * 1024;
/**
 * Browser mode: path (below the secret) that takes one call as a POST body `{name, input}` and answers its
 * Result, for calls too big for one WebSocket frame (imports, attachments). Same guards as the WebSocket.
 */
export const HTTP_CALL_PATH = 'call';
/** Largest call body: chat.import's 50M characters JSON-encoded at worst (6 bytes each as \uXXXX), plus room. */
export const HTTP_CALL_MAX_BYTES = 6 * 50_000_000 + 1024 * 1024;
