/**
 * The files and batches endpoints (POST /v1/files, GET /v1/files/:id[/content], POST /v1/batches,
 * GET /v1/batches/:id, POST /v1/batches/:id/cancel). A batch moves validating → in_progress →
 * finalizing → completed as time passes (SIM_BATCH_STEP_MS per step, default 400 ms), so a client must
 * poll; its chat completion lines are answered like /v1/chat/completions and its image generation lines
 * like /v1/images/generations (no streaming in a batch), written to an output file (failed lines to an
 * error file), matched by custom_id. `metadata.sim_outcome` = "expire" ends it
 * expired with half its lines answered; "fail" fails validation. State lives per simulator.
 */
import { randomBytes } from 'node:crypto';
import { analyzeMessages } from '../chat/messages';
import { splitTokens } from '../chat/tokens';
import { replyText } from '../chat/reply';
import type { RouteContext, SimCore } from '../context';
import { formFiles, formString, parseJsonObject, parseMultipart } from '../http/body';
import { ApiError, badRequest, invalidValue, missingParam } from '../http/errors';
import { contentFor } from './chat';
import { imagesBody } from '../images/deliver';
import { generationJob } from './images-generate';
import { MB, type RouteDef } from './route';

interface StoredFile {
  id: string;
  filename: string;
  purpose: string;
  bytes: Buffer;
  created_at: number;
}

interface StoredBatch {
  id: string;
  input_file_id: string;
  endpoint: string;
  metadata: Record<string, string>;
  created_at: number;
  outcome: 'complete' | 'expire' | 'fail';
  cancelledAt: number | null;
  output_file_id: string | null;
  error_file_id: string | null;
  counts: { total: number; completed: number; failed: number };
  settled: boolean;
  errors: { code: string; message: string; line: number | null }[];
}

const stores = new WeakMap<SimCore, { files: Map<string, StoredFile>; batches: Map<string, StoredBatch> }>();
const storeOf = (core: SimCore) => {
  let s = stores.get(core);
  if (!s) stores.set(core, (s = { files: new Map(), batches: new Map() }));
  return s;
};
const stepMs = () => Number(process.env.SIM_BATCH_STEP_MS ?? 400);
const now = () => Math.floor(Date.now() / 1000);
const PURPOSES = ['assistants', 'batch', 'fine-tune', 'vision', 'user_data', 'evals'];
const ENDPOINTS = ['/v1/responses', '/v1/chat/completions', '/v1/embeddings', '/v1/completions', '/v1/moderations', '/v1/images/generations', '/v1/images/edits'];

const notFound = (kind: string, id: string) => new ApiError(404, `No such ${kind}: '${id}'`, { type: 'invalid_request_error', param: 'id' });

const fileObject = (f: StoredFile) => ({ id: f.id, object: 'file', bytes: f.bytes.length, created_at: f.created_at, filename: f.filename, purpose: f.purpose, status: 'processed', expires_at: null, status_details: null });

/** Answers one image generation line as the endpoint would (a batch cannot stream). */
async function answerImageLine(core: SimCore, body: Record<string, unknown>): Promise<{ status: number; body: unknown }> {
  if (body.stream === true) throw badRequest('Streaming is not supported in the Batch API.', 'stream');
  const job = generationJob(body, core.settings.models);
  return { status: 200, body: await imagesBody(job) };
}

/** Answers one line as its endpoint would. */
async function answerLine(core: SimCore, url: string, body: Record<string, unknown>): Promise<{ status: number; body: unknown }> {
  try {
    if (url === '/v1/images/generations') return await answerImageLine(core, body);
    const model = String(body.model ?? '');
    if (!model) throw badRequest('you must provide a model parameter');
    const analyzed = await analyzeMessages(body.messages, model);
    const tokens = splitTokens(contentFor(body, replyText(analyzed.lastUserText, analyzed.images), analyzed.allText, null, analyzed.images[0] ?? null), model);
    return {
      status: 200,
      body: {
        id: `chatcmpl-${randomBytes(12).toString('base64url')}`,
        object: 'chat.completion',
        created: now(),
        model,
        choices: [{ index: 0, message: { role: 'assistant', content: tokens.join(''), refusal: null, annotations: [] }, logprobs: null, finish_reason: 'stop' }],
        usage: { prompt_tokens: analyzed.promptTokens, completion_tokens: tokens.length, total_tokens: analyzed.promptTokens + tokens.length, prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 } },
        service_tier: 'batch',
        system_fingerprint: 'fp_simulator',
      },
    };
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, body: error.toBody() };
    throw error;
  }
}

/** Runs the batch's lines once it reaches finalizing; writes output and error files. */
async function settle(core: SimCore, b: StoredBatch): Promise<void> {
  if (b.settled) return;
  b.settled = true;
  const { files } = storeOf(core);
  const lines = files.get(b.input_file_id)!.bytes.toString('utf8').split('\n').filter((l) => l.trim());
  const limit = b.outcome === 'expire' || b.cancelledAt !== null ? Math.floor(lines.length / 2) : lines.length;
  const out: string[] = [];
  const errs: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (i >= limit) break;
    const req = JSON.parse(line) as { custom_id: string; url: string; body: Record<string, unknown> };
    const answer = await answerLine(core, req.url, req.body);
    const id = `batch_req_${randomBytes(12).toString('hex')}`;
    if (answer.status === 200) {
      out.push(JSON.stringify({ id, custom_id: req.custom_id, response: { status_code: 200, request_id: `req_${randomBytes(8).toString('hex')}`, body: answer.body }, error: null }));
      b.counts.completed++;
    } else {
      errs.push(JSON.stringify({ id, custom_id: req.custom_id, response: { status_code: answer.status, request_id: `req_${randomBytes(8).toString('hex')}`, body: answer.body }, error: null }));
      b.counts.failed++;
    }
  }
  if (b.outcome === 'expire') {
    for (const line of lines.slice(limit)) {
      const req = JSON.parse(line) as { custom_id: string };
      errs.push(JSON.stringify({ id: `batch_req_${randomBytes(12).toString('hex')}`, custom_id: req.custom_id, response: null, error: { code: 'batch_expired', message: 'This request could not be executed before the completion window expired.' } }));
    }
  }
  const put = (name: string, rows: string[]) => {
    if (rows.length === 0) return null;
    const f: StoredFile = { id: `file-${randomBytes(12).toString('hex')}`, filename: name, purpose: 'batch_output', bytes: Buffer.from(`${rows.join('\n')}\n`), created_at: now() };
    files.set(f.id, f);
    return f.id;
  };
  b.output_file_id = put(`batch_${b.id}_output.jsonl`, out);
  b.error_file_id = put(`batch_${b.id}_error.jsonl`, errs);
}

/** The batch as the API shows it now (status from elapsed time). */
async function view(core: SimCore, b: StoredBatch) {
  const step = stepMs() / 1000;
  const age = Date.now() / 1000 - b.created_at;
  let status: string;
  if (b.outcome === 'fail') status = age < step ? 'validating' : 'failed';
  else if (b.cancelledAt !== null) status = Date.now() / 1000 - b.cancelledAt < step ? 'cancelling' : 'cancelled';
  else if (age < step) status = 'validating';
  else if (age < 2 * step) status = 'in_progress';
  else if (age < 3 * step) status = 'finalizing';
  else status = b.outcome === 'expire' ? 'expired' : 'completed';
  if (['completed', 'expired', 'cancelled'].includes(status)) await settle(core, b);
  const t = (n: number) => Math.floor(b.created_at + n * step);
  return {
    id: b.id,
    object: 'batch',
    endpoint: b.endpoint,
    errors: b.outcome === 'fail' && status === 'failed' ? { object: 'list', data: b.errors } : null,
    input_file_id: b.input_file_id,
    completion_window: '24h',
    status,
    output_file_id: b.output_file_id,
    error_file_id: b.error_file_id,
    created_at: Math.floor(b.created_at),
    in_progress_at: age >= step ? t(1) : null,
    expires_at: Math.floor(b.created_at) + 86_400,
    finalizing_at: age >= 2 * step ? t(2) : null,
    completed_at: status === 'completed' ? t(3) : null,
    failed_at: status === 'failed' ? t(1) : null,
    expired_at: status === 'expired' ? t(3) : null,
    cancelling_at: b.cancelledAt !== null ? Math.floor(b.cancelledAt) : null,
    cancelled_at: status === 'cancelled' ? Math.floor(b.cancelledAt! + step) : null,
    request_counts: status === 'validating' ? { total: 0, completed: 0, failed: 0 } : { ...b.counts },
    metadata: b.metadata,
  };
}

export const createFile: RouteDef = {
  name: 'files',
  method: 'POST',
  pattern: /^\/v1\/files\/?$/,
  maxBodyBytes: 512 * MB,
  prepare: async (ctx) => {
    const form = await parseMultipart(ctx.body, ctx.req.headers['content-type']);
    const purpose = formString(form, 'purpose');
    if (!purpose) throw missingParam('purpose');
    if (!PURPOSES.includes(purpose)) throw invalidValue('purpose', purpose, PURPOSES);
    const [file] = formFiles(form, 'file');
    if (!file) throw missingParam('file');
    const bytes = Buffer.from(await file.arrayBuffer());
    if (purpose === 'batch' && bytes.length > 200 * MB) throw badRequest('File is too large. Batch input files can be at most 200 MB.', 'file');
    const f: StoredFile = { id: `file-${randomBytes(12).toString('hex')}`, filename: file.name || 'upload', purpose, bytes, created_at: now() };
    return { tokenCost: 0, run: async () => { storeOf(ctx.core).files.set(f.id, f); ctx.sendJson(200, fileObject(f)); } };
  },
};

export const retrieveFile: RouteDef = {
  name: 'files',
  method: 'GET',
  pattern: /^\/v1\/files\/(?<id>[^/]+)(?<content>\/content)?\/?$/,
  maxBodyBytes: MB,
  prepare: async (ctx: RouteContext) => {
    const f = storeOf(ctx.core).files.get(ctx.params.id ?? '');
    if (!f) throw notFound('file', ctx.params.id ?? '');
    return { tokenCost: 0, run: async () => (ctx.params.content ? ctx.sendText(200, f.bytes.toString('utf8'), 'application/octet-stream') : ctx.sendJson(200, fileObject(f))) };
  },
};

export const createBatch: RouteDef = {
  name: 'batches',
  method: 'POST',
  pattern: /^\/v1\/batches\/?$/,
  maxBodyBytes: MB,
  prepare: async (ctx) => {
    const body = parseJsonObject(ctx.body, ctx.req.headers['content-type']);
    const inputId = body.input_file_id;
    if (typeof inputId !== 'string') throw missingParam('input_file_id');
    if (typeof body.endpoint !== 'string') throw missingParam('endpoint');
    if (!ENDPOINTS.includes(body.endpoint)) throw invalidValue('endpoint', body.endpoint, ENDPOINTS);
    if (body.completion_window !== '24h') throw invalidValue('completion_window', body.completion_window, ['24h']);
    const store = storeOf(ctx.core);
    const input = store.files.get(inputId);
    if (!input) throw notFound('file', inputId);
    if (input.purpose !== 'batch') throw badRequest(`File ${inputId} has purpose '${input.purpose}'; batches need purpose 'batch'.`, 'input_file_id');
    const metadata = (body.metadata ?? {}) as Record<string, string>;
    const lines = input.bytes.toString('utf8').split('\n').filter((l) => l.trim());
    const errors: StoredBatch['errors'] = [];
    for (const [i, line] of lines.entries()) {
      try {
        const r = JSON.parse(line) as { custom_id?: unknown; method?: unknown; url?: unknown };
        if (typeof r.custom_id !== 'string') errors.push({ code: 'missing_required_parameter', message: 'custom_id is required', line: i + 1 });
        else if (r.url !== body.endpoint) errors.push({ code: 'invalid_url', message: `The URL provided for this request does not match the batch endpoint ${body.endpoint}.`, line: i + 1 });
      } catch {
        errors.push({ code: 'invalid_json_line', message: 'This line is not parseable as valid JSON.', line: i + 1 });
      }
    }
    if (lines.length > 50_000) errors.push({ code: 'too_many_requests', message: 'A batch can hold at most 50,000 requests.', line: null });
    const outcome = errors.length || metadata.sim_outcome === 'fail' ? 'fail' : metadata.sim_outcome === 'expire' ? 'expire' : 'complete';
    if (outcome === 'fail' && errors.length === 0) errors.push({ code: 'invalid_request', message: 'The batch input file failed validation.', line: null });
    const b: StoredBatch = {
      id: `batch_${randomBytes(12).toString('hex')}`, input_file_id: inputId, endpoint: body.endpoint, metadata, created_at: Date.now() / 1000, outcome,
      cancelledAt: null, output_file_id: null, error_file_id: null, counts: { total: lines.length, completed: 0, failed: 0 }, settled: false, errors,
    };
    return { tokenCost: 0, run: async () => { store.batches.set(b.id, b); ctx.sendJson(200, await view(ctx.core, b)); } };
  },
};

export const retrieveBatch: RouteDef = {
  name: 'batches',
  method: 'GET',
  pattern: /^\/v1\/batches\/(?<id>[^/]+)\/?$/,
  maxBodyBytes: MB,
  prepare: async (ctx) => {
    const b = storeOf(ctx.core).batches.get(ctx.params.id ?? '');
    if (!b) throw notFound('batch', ctx.params.id ?? '');
    return { tokenCost: 0, run: async () => ctx.sendJson(200, await view(ctx.core, b)) };
  },
};

export const cancelBatch: RouteDef = {
  name: 'batches',
  method: 'POST',
  pattern: /^\/v1\/batches\/(?<id>[^/]+)\/cancel\/?$/,
  maxBodyBytes: MB,
  prepare: async (ctx) => {
    const b = storeOf(ctx.core).batches.get(ctx.params.id ?? '');
    if (!b) throw notFound('batch', ctx.params.id ?? '');
    return {
      tokenCost: 0,
      run: async () => {
        b.cancelledAt ??= Date.now() / 1000;
        ctx.sendJson(200, await view(ctx.core, b));
      },
    };
  },
};
