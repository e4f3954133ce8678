/**
 * The realtime side of the simulator: WebSocket upgrades on /v1/realtime?intent=transcription (API key
 * or a client secret from POST /v1/realtime/transcription_sessions or /v1/realtime/client_secrets),
 * the open sessions, and the control that drops them on command.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { newRequestId, sleep, type SimCore } from '../context';
import { ApiError, insufficientQuota, invalidApiKey, statusError } from '../http/errors';
import type { RealtimeDropMode, RealtimeState, RealtimeTurnTiming, RecordedRequest } from '../types';
import type { SessionConfig } from './config';
import { RealtimeSession } from './session';
import { DEFAULT_VAD } from './vad';

const HOUR_MS = 60 * 60 * 1000;
const SECRET_TTL_S = 600;
const MAX_LATENCIES = 200;

export class RealtimeHub {
  readonly sessions = new Set<RealtimeSession>();
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 });
  private readonly secrets = new Map<string, { expiresAt: number; config: SessionConfig }>();
  private refuseUntil = 0;
  maxSessionMs = HOUR_MS;
  stats: RealtimeState = { open: 0, sessions: 0, dropped: 0, audioMs: 0, items: 0, refusing: false, turnLatencyMs: [], turns: [] };

  constructor(private readonly core: SimCore) {}

  newConfig(): SessionConfig {
    return { id: `sess_${randomBytes(12).toString('hex')}`, expiresAt: Math.floor((Date.now() + this.maxSessionMs) / 1000), model: null, language: null, prompt: null, vad: { ...DEFAULT_VAD } };
  }

  /** A client secret (ephemeral key) for one session configured in advance. */
  issueSecret(config: SessionConfig, ttlSeconds = SECRET_TTL_S): { value: string; expires_at: number } {
    const expiresAt = Math.floor(Date.now() / 1000) + ttlSeconds;
    const value = `ek_${randomBytes(16).toString('hex')}`;
    this.secrets.set(value, { expiresAt, config });
    return { value, expires_at: expiresAt };
  }

  state(): RealtimeState {
    return { ...this.stats, turnLatencyMs: [...this.stats.turnLatencyMs], turns: [...this.stats.turns], open: this.sessions.size, refusing: Date.now() < this.refuseUntil };
  }

  reset(): void {
    this.refuseUntil = 0;
    this.stats = { open: 0, sessions: 0, dropped: 0, audioMs: 0, items: 0, refusing: false, turnLatencyMs: [], turns: [] };
  }

  /** Drops every open session: 'reset' (network loss), 'close' (server error close) or 'expire'. New connections are refused for refuseMs. */
  drop(mode: RealtimeDropMode, refuseMs = 0): number {
    if (refuseMs > 0) this.refuseUntil = Date.now() + refuseMs;
    const victims = [...this.sessions];
    for (const s of victims) {
      this.sessions.delete(s);
      if (mode === 'reset') s.reset();
      else if (mode === 'expire') s.expire();
      else s.close(1011, 'The server had an error while processing your request.');
    }
    this.stats.dropped += victims.length;
    return victims.length;
  }

  /** New connections get 503 for ms from now (0 accepts them again at once). */
  refuseFor(ms: number): void {
    this.refuseUntil = ms > 0 ? Date.now() + ms : 0;
  }

  closeAll(): void {
    for (const s of this.sessions) s.reset();
    this.sessions.clear();
    this.wss.close();
  }

  private refuse(socket: Duplex, err: ApiError, requestId: string): void {
    const body = JSON.stringify(err.toBody());
    const headers = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'x-request-id': requestId, connection: 'close', ...err.headers };
    const reason = err.status === 401 ? 'Unauthorized' : err.status === 429 ? 'Too Many Requests' : err.status >= 500 ? 'Service Unavailable' : 'Bad Request';
    socket.end(`HTTP/1.1 ${err.status} ${reason}\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}`);
  }

  /** Authenticates and accepts (or refuses, with OpenAI's status and error body) a WebSocket upgrade. */
  async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, url: URL): Promise<void> {
    const requestId = newRequestId();
    const record: RecordedRequest = { id: requestId, method: 'GET', path: url.pathname, route: 'realtime', time: Date.now(), status: 0 };
    const core = this.core;
    core.counters.total += 1;
    core.counters.byRoute.realtime = (core.counters.byRoute.realtime ?? 0) + 1;
    core.requests.push(record);
    const done = (status: number) => {
      record.status = status;
      record.durationMs = Date.now() - record.time;
      core.counters.byStatus[String(status)] = (core.counters.byStatus[String(status)] ?? 0) + 1;
    };
    const fail = (err: ApiError) => {
      done(err.status);
      this.refuse(socket, err, requestId);
    };
    if (url.searchParams.get('intent') !== 'transcription') {
      return fail(new ApiError(400, "The simulator serves realtime transcription sessions only: connect to /v1/realtime?intent=transcription.", { param: 'intent', code: 'invalid_value' }));
    }
    const protocols = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
    const key = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1] ?? protocols.find((p) => p.startsWith('openai-insecure-api-key.'))?.slice('openai-insecure-api-key.'.length) ?? null;
    if (key) record.keyLast4 = key.slice(-4);
    let config: SessionConfig;
    const secret = key?.startsWith('ek_') ? this.secrets.get(key) : undefined;
    if (secret) {
      if (secret.expiresAt * 1000 < Date.now()) return fail(new ApiError(401, 'The client secret has expired. Create a new one.', { code: 'invalid_api_key' }));
      this.secrets.delete(key!);
      config = secret.config;
    } else {
      const accepted = key !== null && (core.settings.keys === null ? key.startsWith('sk-') : core.settings.keys.includes(key));
      if (!accepted) return fail(invalidApiKey(key));
      config = this.newConfig();
    }
    const fault = core.faults.take({ route: 'realtime', path: url.pathname, stream: false });
    if (fault) {
      record.fault = fault.kind;
      core.counters.faultsFired += 1;
      if (fault.kind === 'status') return fail(statusError(fault.status, fault.message));
      if (fault.kind === 'unauthorized') return fail(invalidApiKey(key));
      if (fault.kind === 'insufficient_quota') return fail(insufficientQuota());
      if (fault.kind === 'rate_limit') return fail(new ApiError(429, 'Rate limit reached for realtime sessions. Please try again later.', { type: 'requests', code: 'rate_limit_exceeded' }));
      if (fault.kind === 'reset') return void socket.destroy();
      if (fault.kind === 'hang') return;
      if (fault.kind === 'slow' && !(await sleep(fault.ms, core.closing))) return void socket.destroy();
    }
    if (Date.now() < this.refuseUntil) return fail(statusError(503));
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      done(101);
      this.stats.sessions += 1;
      const session = new RealtimeSession(
        ws,
        {
          models: () => core.settings.models,
          latencyMs: () => core.settings.routeLatencyMs.realtime ?? core.settings.latencyMs,
          deltaDelayMs: () => core.settings.streamChunkDelayMs,
          closing: core.closing,
          onAudio: (ms) => (this.stats.audioMs += ms),
          onItem: () => (this.stats.items += 1),
          onTurn: (turn: RealtimeTurnTiming) => {
            this.stats.turnLatencyMs.push(turn.completedAt - turn.voicedEndAt);
            this.stats.turns.push(turn);
            if (this.stats.turnLatencyMs.length > MAX_LATENCIES) this.stats.turnLatencyMs.shift();
            if (this.stats.turns.length > MAX_LATENCIES) this.stats.turns.shift();
          },
        },
        { beta: /realtime=v1/.test(String(req.headers['openai-beta'] ?? '')), config, maxDurationMs: Math.max(0, config.expiresAt * 1000 - Date.now()) },
      );
      this.sessions.add(session);
      ws.on('close', () => this.sessions.delete(session));
    });
  }
}

const hubs = new WeakMap<SimCore, RealtimeHub>();

export function realtimeHub(core: SimCore): RealtimeHub {
  let hub = hubs.get(core);
  if (!hub) hubs.set(core, (hub = new RealtimeHub(core)));
  return hub;
}
