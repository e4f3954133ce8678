/** Public types of the OpenAI-compatible simulator (see README.md in this folder). */

/** Logical routes; fault filters and per-route latency use these names (or a URL path prefix). */
export const ROUTE_NAMES = [
  'models',
  'chat',
  'images.generations',
  'images.edits',
  'audio.transcriptions',
  'moderations',
  'realtime',
  'realtime.sessions',
  'files',
  'batches',
] as const;
export type RouteName = (typeof ROUTE_NAMES)[number];

/**
 * Per-key limits with token-bucket semantics. requestsPerSecond refills continuously and holds at most
 * `burst` requests (default: one second's worth); requestsPerMinute and tokensPerMinute hold one minute's
 * worth. Any field left out falls back to the roomy defaults (10 000 RPM, 30 000 000 TPM).
 */
export interface RateLimits {
  requestsPerMinute?: number;
  tokensPerMinute?: number;
  requestsPerSecond?: number;
  burst?: number;
  /**
   * Counts requests in a window instead of the request buckets, as many gateways do: `fixed` starts with
   * the first request and empties all at once `ms` later; `sliding` counts each request for `ms`.
   */
  window?: { kind: 'fixed' | 'sliding'; requests: number; ms: number };
  /** Refused (429) requests count against the request limit too — OpenAI documents that they do. */
  countRefused?: boolean;
  /** Retry headers on a 429: 'both' (default) retry-after-ms and retry-after, 'seconds' (retry-after only) or 'none'. */
  retryAfter?: 'both' | 'seconds' | 'none';
  /** 's': x-ratelimit-reset-* in whole seconds, rounded up ("10s"); 'ms' (default): "9.95s", "120ms". */
  resetPrecision?: 'ms' | 's';
}

export const FAULT_KINDS = [
  'status',
  'unauthorized',
  'insufficient_quota',
  'rate_limit',
  'slow',
  'hang',
  'cut_stream',
  'reset',
  'malformed',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/**
 * How streamed chat requests are answered: 'sse' as the real service does; 'json' like gateways that
 * ignore `stream: true` and send one plain JSON completion (content-type application/json); 'sse-no-usage'
 * like gateways that drop the usage chunk even when `stream_options.include_usage` asks for it.
 */
export const STREAM_MODES = ['sse', 'json', 'sse-no-usage'] as const;
export type StreamMode = (typeof STREAM_MODES)[number];

/** Which requests a queued fault hits, and how many times (default 1; -1 or Infinity = until cleared). */
export interface FaultFilter {
  count?: number;
  /** A RouteName ('chat') or a path prefix ('/v1/chat'). */
  route?: string;
  model?: string;
}

export type FaultSpec = FaultFilter &
  (
    | { kind: 'status'; status: number; message?: string }
    | { kind: 'unauthorized' }
    | { kind: 'insufficient_quota' }
    | { kind: 'rate_limit'; retryAfterMs?: number; omitRetryAfter?: boolean }
    | { kind: 'slow'; ms: number }
    | { kind: 'hang' }
    /** Only hits streamed requests: the socket is destroyed after `afterChunks` SSE events (default 2). */
    | { kind: 'cut_stream'; afterChunks?: number }
    | { kind: 'reset' }
    | { kind: 'malformed' }
  );

export interface SimulatorOptions {
  /** 0 (default) picks a free port. The host is always 127.0.0.1. */
  port?: number;
  /** Accepted API keys. Default: any key that starts with `sk-`. */
  keys?: string[];
  limits?: RateLimits;
  /** Added to every /v1 response (default 0). */
  latencyMs?: number;
  /** Per-route override of latencyMs. */
  routeLatencyMs?: Partial<Record<RouteName, number>>;
  /** Pause between SSE events (default 0). */
  streamChunkDelayMs?: number;
  /** Model ids served; default DEFAULT_MODELS. */
  models?: string[];
  /** Send retry-after / retry-after-ms on 429 (default true). */
  retryAfterHeaders?: boolean;
  /** How streamed chat requests are answered (default 'sse'). */
  streamMode?: StreamMode;
  /**
   * Demo mode (`npm run demo`): replies stream at a human pace (20 ms a token unless streamChunkDelayMs
   * says otherwise), chat answers are rich canned Markdown chosen by the question, structured outputs
   * read like answers, and recordings transcribe as a meeting. Tests leave it off for exact contracts.
   */
  demo?: boolean;
  /** How many requests `requests` keeps (oldest dropped first; default 10 000). */
  maxRecordedRequests?: number;
  /** Realtime sessions end (error session_expired, close 1001) after this long; default 60 minutes. */
  realtimeMaxSessionMs?: number;
}

export interface RecordedRequest {
  id: string;
  method: string;
  path: string;
  route?: RouteName;
  model?: string;
  keyLast4?: string;
  /** Epoch ms when the request arrived. */
  time: number;
  /** 0 while pending, or when the socket was destroyed before a response. */
  status: number;
  durationMs?: number;
  stream?: boolean;
  fault?: FaultKind;
  /** Image requests: the parameters as sent, and what was uploaded (for checking them against the model). */
  image?: RecordedImageRequest;
}

export interface RecordedImageRequest {
  params: Record<string, unknown>;
  inputs: { width: number; height: number; format: string }[];
  mask?: { width: number; height: number; format: string; hasAlpha: boolean; bytes: number; transparentPixels: number };
}

/** The mutable settings, as reported by GET /__sim/state. */
export interface SimulatorSettings {
  keys: string[] | null;
  limits: RateLimits;
  latencyMs: number;
  routeLatencyMs: Partial<Record<RouteName, number>>;
  streamChunkDelayMs: number;
  retryAfterHeaders: boolean;
  streamMode: StreamMode;
  demo: boolean;
  models: string[];
}

export interface SimulatorCounters {
  total: number;
  byRoute: Record<string, number>;
  byStatus: Record<string, number>;
  rateLimited: number;
  faultsFired: number;
  inFlight: number;
  maxInFlight: number;
}

export interface PendingFault {
  id: number;
  spec: FaultSpec;
  /** Remaining hits; Infinity is reported as -1 over HTTP. */
  remaining: number;
}

export interface SimulatorState {
  settings: SimulatorSettings;
  counters: SimulatorCounters;
  faults: PendingFault[];
  recentRequests: RecordedRequest[];
  realtime: RealtimeState;
}

/** How the simulator ends open realtime sessions on command: network loss, a server error close, or expiry. */
export type RealtimeDropMode = 'reset' | 'close' | 'expire';

export interface RealtimeState {
  /** Sessions open now. */
  open: number;
  /** Sessions accepted since the start (or the last reset). */
  sessions: number;
  /** Sessions ended by a drop command. */
  dropped: number;
  /** Audio received over all sessions. */
  audioMs: number;
  /** Turns committed. */
  items: number;
  /** New connections are being refused (503) after a drop with refuseMs. */
  refusing: boolean;
  /**
   * The simulator's own caption latency for the latest turns (up to 200): ms from the arrival of a turn's
   * last voiced audio to its `completed` event — the VAD's silence hold plus the transcription.
   */
  turnLatencyMs: number[];
  /** The latest turns (up to 200) with their wall-clock times, so a benchmark can take the server's own share out of a caption's latency. */
  turns: RealtimeTurnTiming[];
}

/** When the simulator heard and answered one turn (epoch ms, the simulator's clock). */
export interface RealtimeTurnTiming {
  /** The words the turn was transcribed to. */
  words: string[];
  /** The append carrying the turn's last voiced audio arrived. */
  voicedEndAt: number;
  /** The VAD ended the turn (silence_duration_ms of audio after the voiced end had arrived). */
  stoppedAt: number;
  /** The turn's first text went out (its first delta; the completed event for whisper-1). */
  firstTextAt: number;
  completedAt: number;
  /** The VAD's silence hold (silence_duration_ms) of the session: audio the server must hear before it ends a turn. */
  silenceMs: number;
}

/**
 * Body of POST /__sim/control. Applied in this order: reset, clearFaults, settings, faults.
 * The response is the resulting SimulatorState.
 */
export interface ControlCommand {
  reset?: boolean;
  clearFaults?: boolean;
  /** null restores the defaults. */
  limits?: RateLimits | null;
  /** null accepts any `sk-` key again. */
  keys?: string[] | null;
  latencyMs?: number;
  routeLatencyMs?: Partial<Record<RouteName, number>>;
  streamChunkDelayMs?: number;
  retryAfterHeaders?: boolean;
  streamMode?: StreamMode;
  faults?: FaultSpec[];
  /** Applied last: drop every open realtime session, then refuse new ones for refuseMs. */
  realtime?: { drop?: RealtimeDropMode; refuseMs?: number; maxSessionMs?: number };
}
