/**
 * The path of every /v1 request: route → body → auth → size → validation → fault → rate limit →
 * latency → handler. Each step answers with OpenAI's status codes, headers and error bodies.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RouteContext, type SimCore } from './context';
import { readBody } from './http/body';
import { ApiError, contentTooLarge, insufficientQuota, invalidApiKey, invalidUrl, statusError } from './http/errors';
import { formatDuration } from './limits/bucket';
import { rateLimitError, retryHeaders } from './limits/limiter';
import { ROUTES } from './routes/index';
import type { Prepared, RouteDef } from './routes/route';
import type { FaultSpec, RecordedRequest } from './types';

function findRoute(method: string, path: string): { route: RouteDef; params: Record<string, string> } | undefined {
  for (const route of ROUTES) {
    const m = route.method === method ? route.pattern.exec(path) : null;
    if (m) return { route, params: { ...(m.groups ?? {}) } };
  }
  return undefined;
}

function bearer(req: IncomingMessage): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return m?.[1] ?? null;
}

function keyAccepted(core: SimCore, key: string | null): key is string {
  if (!key) return false;
  return core.settings.keys === null ? key.startsWith('sk-') : core.settings.keys.includes(key);
}

function track(core: SimCore, record: RecordedRequest, res: ServerResponse): void {
  const c = core.counters;
  c.total += 1;
  c.inFlight += 1;
  c.maxInFlight = Math.max(c.maxInFlight, c.inFlight);
  core.requests.push(record);
  if (core.requests.length > core.maxRecorded) core.requests.splice(0, core.requests.length - core.maxRecorded);
  res.on('close', () => {
    record.status = res.headersSent ? res.statusCode : 0;
    record.durationMs = Date.now() - record.time;
    core.counters.inFlight = Math.max(0, core.counters.inFlight - 1);
    const key = String(record.status);
    core.counters.byStatus[key] = (core.counters.byStatus[key] ?? 0) + 1;
  });
}

export async function handleApiRequest(core: SimCore, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const record: RecordedRequest = { id: '', method: req.method ?? 'GET', path: url.pathname, time: Date.now(), status: 0 };
  const ctx = new RouteContext(req, res, url, core, record);
  record.id = ctx.requestId;
  track(core, record, res);
  try {
    await run(ctx);
  } catch (err) {
    if (err instanceof ApiError) return ctx.sendError(err);
    if (ctx.signal.aborted) return;
    console.error('[simulator] handler failed:', err);
    ctx.sendError(statusError(500));
  }
}

async function run(ctx: RouteContext): Promise<void> {
  const { core, req, record } = ctx;
  // Latency counts from arrival: the upstream answers no sooner than that, however long our own work takes.
  const arrived = performance.now();
  const found = findRoute(record.method, record.path);
  if (!found) {
    await readBody(req, 0);
    throw invalidUrl(record.method, record.path);
  }
  const { route, params } = found;
  ctx.params = params;
  ctx.route = route.name;
  record.route = route.name;
  core.counters.byRoute[route.name] = (core.counters.byRoute[route.name] ?? 0) + 1;

  const read = await readBody(req, route.maxBodyBytes);
  ctx.body = read.body;
  const key = bearer(req);
  if (key) record.keyLast4 = key.slice(-4);
  if (!keyAccepted(core, key)) throw invalidApiKey(key);
  ctx.key = key;
  if (read.tooLarge) throw route.tooLarge?.(read.bytes) ?? contentTooLarge(route.maxBodyBytes, read.bytes);

  const prepared = await route.prepare(ctx);
  if (prepared.model !== undefined) record.model = prepared.model;
  if (prepared.stream) record.stream = true;

  const fault = core.faults.take({ route: route.name, path: record.path, model: prepared.model, stream: prepared.stream === true });
  if (fault) {
    record.fault = fault.kind;
    core.counters.faultsFired += 1;
    if (await applyFault(ctx, fault, prepared)) return;
  }

  const admission = core.limiter.admit(key, prepared.tokenCost);
  if (!admission.ok) {
    core.counters.rateLimited += 1;
    throw rateLimitError(prepared.model ?? route.name, admission, core.limiter.retryAfterMode(core.settings.retryAfterHeaders));
  }
  const latency = core.settings.routeLatencyMs[route.name] ?? core.settings.latencyMs;
  if (!(await ctx.sleep(Math.max(0, latency - (performance.now() - arrived))))) return;
  await prepared.run();
}

/** Returns true when the fault has dealt with the request completely. */
async function applyFault(ctx: RouteContext, fault: FaultSpec, prepared: Prepared): Promise<boolean> {
  switch (fault.kind) {
    case 'status':
      throw statusError(fault.status, fault.message);
    case 'unauthorized':
      throw invalidApiKey(ctx.key);
    case 'insufficient_quota':
      throw insufficientQuota();
    case 'rate_limit': {
      ctx.core.counters.rateLimited += 1;
      const waitMs = fault.retryAfterMs ?? 1000;
      const mode = fault.omitRetryAfter ? 'none' : ctx.core.limiter.retryAfterMode(ctx.core.settings.retryAfterHeaders);
      throw new ApiError(
        429,
        `Rate limit reached for ${prepared.model ?? ctx.route ?? 'default'} in organization org-sim on requests per min (RPM): Limit 1, Used 1, Requested 1. Please try again in ${formatDuration(waitMs)}. Visit https://platform.openai.com/account/rate-limits to learn more.`,
        { type: 'requests', code: 'rate_limit_exceeded', headers: retryHeaders(waitMs, mode) },
      );
    }
    case 'slow':
      return !(await ctx.sleep(fault.ms));
    case 'hang':
      await new Promise<void>((resolve) => {
        if (ctx.signal.aborted) resolve();
        else ctx.signal.addEventListener('abort', () => resolve(), { once: true });
      });
      return true;
    case 'cut_stream':
      ctx.cutAfterChunks = fault.afterChunks ?? 2;
      return false;
    case 'reset':
      ctx.req.socket.destroy();
      return true;
    case 'malformed':
      if (prepared.stream) {
        const sse = ctx.openStream();
        ctx.res.write('data: {"id":"chatcmpl-malformed","choices":[{"delta":\n\n');
        sse.end(false);
      } else {
        ctx.sendText(200, '{"id":"malformed","object":"chat.completion","choices":[{"index":0,', 'application/json');
      }
      return true;
  }
}
