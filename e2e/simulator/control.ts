/**
 * Runtime control of a running simulator: in-process through `sim.control`, and from another process
 * through POST /__sim/control (a ControlCommand JSON body) and GET /__sim/state.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SimCore } from './context';
import { validateFault } from './faults';
import { readBody } from './http/body';
import { realtimeHub } from './realtime/hub';
import {
  ROUTE_NAMES, STREAM_MODES, type ControlCommand, type FaultSpec, type RateLimits, type RealtimeDropMode, type RouteName, type SimulatorCounters, type SimulatorState, type StreamMode,
} from './types';

export function emptyCounters(): SimulatorCounters {
  return { total: 0, byRoute: {}, byStatus: {}, rateLimited: 0, faultsFired: 0, inFlight: 0, maxInFlight: 0 };
}

const COMMAND_KEYS = new Set(['reset', 'clearFaults', 'limits', 'keys', 'latencyMs', 'routeLatencyMs', 'streamChunkDelayMs', 'retryAfterHeaders', 'streamMode', 'faults', 'realtime']);
const RECENT = 200;

function nonNegative(name: string, v: unknown): number {
  if (typeof v !== 'number' || !(v >= 0)) throw new TypeError(`${name} must be a number >= 0`);
  return v;
}

export class SimulatorControl {
  constructor(private readonly core: SimCore) {}

  /** null restores the defaults (10 000 RPM, 30 M TPM). Buckets of every key start full. */
  setLimits(limits: RateLimits | null): void {
    this.core.limiter.setLimits(limits);
    this.core.settings.limits = this.core.limiter.limits;
  }

  /** Fixed extra latency for every route, or for one route. */
  setLatency(ms: number, route?: RouteName): void {
    nonNegative('latencyMs', ms);
    if (route === undefined) this.core.settings.latencyMs = ms;
    else if ((ROUTE_NAMES as readonly string[]).includes(route)) this.core.settings.routeLatencyMs = { ...this.core.settings.routeLatencyMs, [route]: ms };
    else throw new TypeError(`unknown route ${route}`);
  }

  setStreamChunkDelay(ms: number): void {
    this.core.settings.streamChunkDelayMs = nonNegative('streamChunkDelayMs', ms);
  }

  /** false: 429s carry no retry-after / retry-after-ms (clients must back off on their own). */
  setRetryAfterHeaders(enabled: boolean): void {
    this.core.settings.retryAfterHeaders = enabled;
  }

  /** 'json': streamed chat requests get one plain JSON completion; 'sse-no-usage': SSE without the usage chunk. */
  setStreamMode(mode: StreamMode): void {
    if (!(STREAM_MODES as readonly string[]).includes(mode)) throw new TypeError(`streamMode must be one of ${STREAM_MODES.join(', ')}`);
    this.core.settings.streamMode = mode;
  }

  /** null accepts any key starting with `sk-`. */
  setKeys(keys: string[] | null): void {
    if (keys !== null && (!Array.isArray(keys) || keys.some((k) => typeof k !== 'string'))) throw new TypeError('keys must be an array of strings or null');
    this.core.settings.keys = keys === null ? null : [...keys];
  }

  /** Queues a fault; returns its id. */
  injectFault(fault: FaultSpec): number {
    return this.core.faults.add(fault);
  }

  clearFaults(): void {
    this.core.faults.clear();
  }

  /** Ends every open realtime session ('reset' = network loss, 'close' = server error, 'expire'); refuses new ones (503) for refuseMs. Returns how many were dropped. */
  dropRealtime(mode: RealtimeDropMode = 'reset', refuseMs = 0): number {
    if (!['reset', 'close', 'expire'].includes(mode)) throw new TypeError(`unknown realtime drop mode ${JSON.stringify(mode)}; expected reset, close or expire`);
    return realtimeHub(this.core).drop(mode, nonNegative('refuseMs', refuseMs));
  }

  /** Refuse new realtime sessions (503) for ms from now; 0 accepts them again. */
  refuseRealtime(ms: number): void {
    realtimeHub(this.core).refuseFor(nonNegative('refuseMs', ms));
  }

  /** How long new realtime sessions last before they expire. */
  setRealtimeMaxSession(ms: number): void {
    realtimeHub(this.core).maxSessionMs = nonNegative('maxSessionMs', ms);
  }

  /** Back to the options the simulator started with: no faults, full buckets, zeroed counters, no recorded requests. */
  reset(): void {
    const { initial } = this.core;
    this.core.settings = { ...initial, routeLatencyMs: { ...initial.routeLatencyMs }, keys: initial.keys && [...initial.keys] };
    this.core.limiter.setLimits(initial.limits);
    this.core.faults.clear();
    const inFlight = this.core.counters.inFlight;
    this.core.counters = { ...emptyCounters(), inFlight, maxInFlight: inFlight };
    this.core.requests.length = 0;
    realtimeHub(this.core).reset();
  }

  get counters(): SimulatorCounters {
    return structuredClone(this.core.counters);
  }

  state(): SimulatorState {
    return {
      settings: structuredClone(this.core.settings),
      counters: this.counters,
      faults: this.core.faults.list().map((f) => ({ ...f, remaining: f.remaining === Infinity ? -1 : f.remaining })),
      recentRequests: this.core.requests.slice(-RECENT).map((r) => ({ ...r })),
      realtime: realtimeHub(this.core).state(),
    };
  }

  /** Applies a ControlCommand in the documented order: reset, clearFaults, settings, faults. */
  apply(cmd: ControlCommand): SimulatorState {
    if (cmd === null || typeof cmd !== 'object' || Array.isArray(cmd)) throw new TypeError('control body must be a JSON object');
    const unknown = Object.keys(cmd).filter((k) => !COMMAND_KEYS.has(k));
    if (unknown.length) throw new TypeError(`unknown control field(s): ${unknown.join(', ')}`);
    if (cmd.faults !== undefined && !Array.isArray(cmd.faults)) throw new TypeError('faults must be an array');
    for (const fault of cmd.faults ?? []) validateFault(fault); // all or nothing
    if (cmd.reset) this.reset();
    if (cmd.clearFaults) this.clearFaults();
    if (cmd.limits !== undefined) this.setLimits(cmd.limits);
    if (cmd.keys !== undefined) this.setKeys(cmd.keys);
    if (cmd.latencyMs !== undefined) this.setLatency(cmd.latencyMs);
    for (const [route, ms] of Object.entries(cmd.routeLatencyMs ?? {})) this.setLatency(ms, route as RouteName);
    if (cmd.streamChunkDelayMs !== undefined) this.setStreamChunkDelay(cmd.streamChunkDelayMs);
    if (cmd.retryAfterHeaders !== undefined) this.setRetryAfterHeaders(Boolean(cmd.retryAfterHeaders));
    if (cmd.streamMode !== undefined) this.setStreamMode(cmd.streamMode);
    for (const fault of cmd.faults ?? []) this.injectFault(fault);
    if (cmd.realtime?.maxSessionMs !== undefined) this.setRealtimeMaxSession(cmd.realtime.maxSessionMs);
    if (cmd.realtime?.drop !== undefined) this.dropRealtime(cmd.realtime.drop, cmd.realtime.refuseMs ?? 0);
    return this.state();
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}

/** Serves /__sim/state and /__sim/control (no API key needed; loopback only). */
export async function handleControlRequest(control: SimulatorControl, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  if (req.method === 'GET' && path === '/__sim/state') return sendJson(res, 200, control.state());
  if (req.method === 'POST' && path === '/__sim/control') {
    const { body } = await readBody(req, 1024 * 1024);
    try {
      const cmd = body.length ? (JSON.parse(body.toString('utf8')) as ControlCommand) : {};
      return sendJson(res, 200, control.apply(cmd));
    } catch (err) {
      return sendJson(res, 400, { error: { message: err instanceof Error ? err.message : String(err), type: 'simulator_control_error' } });
    }
  }
  await readBody(req, 0);
  sendJson(res, 404, { error: { message: `Unknown simulator control route (${req.method} ${path})`, type: 'simulator_control_error' } });
}
