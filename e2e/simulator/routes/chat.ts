/** POST /v1/chat/completions — non-streamed and SSE-streamed, deterministic content. */
import { randomBytes } from 'node:crypto';
import { analyzeMessages } from '../chat/messages';
import { DEMO_MINUTES, isMinutesRequest } from '../audio/demo-meeting';
import { demoInstance } from '../chat/demo-schema';
import { minimalInstance } from '../chat/json-schema';
import type { ImageInfo } from '../chat/messages';
import { imageInstance } from '../chat/vision-schema';
import { replyText } from '../chat/reply';
import { richAnswer, richTokens } from '../chat/rich';
import { isTitleRequest, titleFor } from '../chat/title';
import { splitTokens } from '../chat/tokens';
import type { RouteContext } from '../context';
import { parseJsonObject, type JsonObject } from '../http/body';
import { badRequest, invalidType, invalidValue, missingParam } from '../http/errors';
import { requireModel } from '../models';
import { MB, type RouteDef } from './route';

const REASONING = /^(o\d|gpt-5)/;

function positiveInt(body: JsonObject, name: string, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v)) throw invalidType(name, 'an integer', v);
  if (v < 1) throw badRequest(`Invalid '${name}': integer below minimum value. Expected a value >= 1, but got ${v} instead.`, name, 'integer_below_min_value');
  if (v > max) throw badRequest(`Invalid '${name}': integer above maximum value. Expected a value <= ${max}, but got ${v} instead.`, name, 'integer_above_max_value');
  return v;
}

function checkReasoningParams(body: JsonObject, model: string): void {
  if (!REASONING.test(model)) return;
  if (body.max_tokens !== undefined && body.max_tokens !== null) {
    throw badRequest(
      "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
      'max_tokens',
      'unsupported_parameter',
    );
  }
  const t = body.temperature;
  if (t !== undefined && t !== null && t !== 1) {
    throw badRequest(
      `Unsupported value: 'temperature' does not support ${String(t)} with this model. Only the default (1) value is supported.`,
      'temperature',
      'unsupported_value',
    );
  }
}

/** The reply text, honouring response_format; demo mode fills a schema with an answer that reads like one. */
export function contentFor(body: JsonObject, text: string, allText: string, demoQuestion: string | null = null, image: ImageInfo | null = null): string {
  const rf = body.response_format;
  if (rf === undefined || rf === null) return text;
  const format = rf as { type?: unknown; json_schema?: { name?: unknown; schema?: unknown } };
  if (format.type === 'text') return text;
  if (format.type === 'json_object') {
    if (!/json/i.test(allText)) {
      throw badRequest("'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.", 'messages');
    }
    return JSON.stringify({ reply: text });
  }
  if (format.type === 'json_schema') {
    if (!format.json_schema || typeof format.json_schema.name !== 'string') throw missingParam('response_format.json_schema.name');
    const schema = format.json_schema.schema ?? { type: 'object', properties: {} };
    // About an image, a structured answer reads the image (seeded by it); otherwise tests get the smallest valid value.
    if (image) return JSON.stringify(imageInstance(schema, image));
    return JSON.stringify(demoQuestion === null ? minimalInstance(schema) : demoInstance(schema, demoQuestion));
  }
  throw invalidValue('response_format.type', format.type, ['text', 'json_object', 'json_schema']);
}

export const chatCompletions: RouteDef = {
  name: 'chat',
  method: 'POST',
  pattern: /^\/v1\/chat\/completions\/?$/,
  maxBodyBytes: 50 * MB,
  prepare: async (ctx) => {
    const body = parseJsonObject(ctx.body, ctx.req.headers['content-type']);
    if (typeof body.model !== 'string' || body.model === '') throw badRequest('you must provide a model parameter');
    const model = body.model;
    requireModel(ctx.core.settings.models, model, 'chat');
    checkReasoningParams(body, model);
    const stream = body.stream === true;
    if (body.stream_options != null && !stream) {
      throw badRequest("The 'stream_options' parameter is only allowed when 'stream' is enabled.", 'stream_options', 'invalid_value');
    }
    const n = positiveInt(body, 'n', 128) ?? 1;
    const maxTokens = positiveInt(body, 'max_completion_tokens') ?? positiveInt(body, 'max_tokens');
    const analyzed = await analyzeMessages(body.messages, model);
    const question = analyzed.lastUserText;
    // Explicit test contracts (SIM_REPLY_TOKENS, SIM_RICH_TOKENS) win over demo mode's canned answers.
    const demo = ctx.core.settings.demo && !/SIM_(REPLY|RICH)_TOKENS=/.test(question);
    const rich = /SIM_RICH_TOKENS=(\d+)/.exec(question);
    const text = isTitleRequest(question) ? titleFor(question) : demo && analyzed.images.length === 0 ? (isMinutesRequest(question) ? DEMO_MINUTES : richAnswer(question)) : replyText(question, analyzed.images);
    let tokens = rich && body.response_format == null ? richTokens(Math.min(Number(rich[1]), 100_000), model) : splitTokens(contentFor(body, text, analyzed.allText, demo ? question : null, analyzed.images[0] ?? null), model);
    const truncated = maxTokens !== undefined && tokens.length > maxTokens;
    if (truncated) tokens = tokens.slice(0, maxTokens);
    const reply: Reply = {
      model,
      n,
      tokens,
      finishReason: truncated ? 'length' : 'stop',
      promptTokens: analyzed.promptTokens,
      includeUsage: (body.stream_options as { include_usage?: unknown } | undefined)?.include_usage === true,
    };
    return {
      model,
      stream,
      tokenCost: Math.max(maxTokens ?? 0, analyzed.promptTokens),
      run: () => {
        const mode = ctx.core.settings.streamMode;
        if (!stream || mode === 'json') return sendReply(ctx, reply);
        return streamReply(ctx, mode === 'sse-no-usage' ? { ...reply, includeUsage: false } : reply);
      },
    };
  },
};

interface Reply {
  model: string;
  n: number;
  tokens: string[];
  finishReason: 'stop' | 'length';
  promptTokens: number;
  includeUsage: boolean;
}

function usage(r: Reply) {
  const completion = r.tokens.length * r.n;
  return {
    prompt_tokens: r.promptTokens,
    completion_tokens: completion,
    total_tokens: r.promptTokens + completion,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
  };
}

const completionId = (): string => `chatcmpl-${randomBytes(15).toString('base64url')}`;

async function sendReply(ctx: RouteContext, r: Reply): Promise<void> {
  const content = r.tokens.join('');
  ctx.sendJson(200, {
    id: completionId(),
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: r.model,
    choices: Array.from({ length: r.n }, (_, index) => ({
      index,
      message: { role: 'assistant', content, refusal: null, annotations: [] },
      logprobs: null,
      finish_reason: r.finishReason,
    })),
    usage: usage(r),
    service_tier: 'default',
    system_fingerprint: 'fp_simulator',
  });
}

async function streamReply(ctx: RouteContext, r: Reply): Promise<void> {
  const base = {
    id: completionId(),
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model: r.model,
    service_tier: 'default',
    system_fingerprint: 'fp_simulator',
  };
  const extra = r.includeUsage ? { usage: null } : {};
  const chunk = (delta: object, finish: string | null, index: number) => ({
    ...base,
    choices: [{ index, delta, logprobs: null, finish_reason: finish }],
    ...extra,
  });
  const sse = ctx.openStream();
  for (let i = 0; i < r.n; i++) {
    if (!(await sse.send(chunk({ role: 'assistant', content: '', refusal: null }, null, i)))) return;
    for (const token of r.tokens) {
      if (!(await sse.send(chunk({ content: token }, null, i)))) return;
    }
    if (!(await sse.send(chunk({}, r.finishReason, i)))) return;
  }
  if (r.includeUsage && !(await sse.send({ ...base, choices: [], usage: usage(r) }))) return;
  sse.end();
}
