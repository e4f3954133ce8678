import type OpenAI from 'openai';
import type { Pricer } from '../pricer';
import { hashInlineData } from '../cache-key';
import type { Executed, ExecuteContext, Operation, Usage } from '../types';
import { StreamInterrupted } from './stream-interrupted';

export type ChatPart = { type: 'text'; text: string } | { type: 'image_url'; image_url: { url: string; detail?: 'low' | 'high' | 'auto' }; width?: number; height?: number };

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string | ChatPart[];
}

export interface ChatInput {
  messages: ChatMessage[];
  temperature?: number;
  maxOutputTokens?: number;
  /** A JSON schema the reply must follow (structured output). */
  jsonSchema?: { name: string; schema: Record<string, unknown> };
  stream?: boolean;
}

export interface ChatOutput {
  text: string;
  finishReason: string | null;
}

/** Reasoning models (gpt-5 family, o-series) accept only the default temperature; a scene's setting is left out for them. */
export const acceptsTemperature = (model: string) => !/^(gpt-5|o\d)/.test(model.replace(/^openai\//, ''));

function toSdkMessages(messages: ChatMessage[]): OpenAI.Chat.ChatCompletionMessageParam[] {
  return messages.map((m) => {
    if (typeof m.content === 'string' || m.role !== 'user') {
      const text = typeof m.content === 'string' ? m.content : m.content.map((p) => (p.type === 'text' ? p.text : '')).join('');
      return { role: m.role, content: text } as OpenAI.Chat.ChatCompletionMessageParam;
    }
    return {
      role: 'user',
      content: m.content.map((p) => (p.type === 'text' ? { type: 'text' as const, text: p.text } : { type: 'image_url' as const, image_url: p.image_url })),
    };
  });
}

function usageOf(u: OpenAI.CompletionUsage | null | undefined, images: number): Usage {
  return {
    inputTokens: u?.prompt_tokens ?? 0,
    cachedTokens: u?.prompt_tokens_details?.cached_tokens ?? 0,
    outputTokens: u?.completion_tokens ?? 0,
    images,
    audioSeconds: 0,
    raw: u ?? undefined,
  };
}

const countImages = (messages: ChatMessage[]) =>
  messages.reduce((n, m) => n + (typeof m.content === 'string' ? 0 : m.content.filter((p) => p.type === 'image_url').length), 0);

/** A gateway that ignores `stream: true` answers with one JSON completion instead of server-sent events. */
const isJsonResponse = (headers: Headers) => /^application\/(.+\+)?json\b/i.test(headers.get('content-type') ?? '');

/** Chat completions, streamed or not; streamed answers are cached whole and replayed as a stream. */
export function createChatOperation(pricer: Pricer): Operation<ChatInput, ChatOutput> {
  /** The output cap sent: the request's own, else the model's reasoning-aware default (never "none"). */
  const capFor = (input: ChatInput, model: string) => input.maxOutputTokens ?? pricer.replyCap(model);

  /**
   * What a reply cost when the provider did not say (a stream without a usage chunk, a gateway that drops
   * it): the input as estimated and the output counted with the model's tokenizer, marked estimated.
   */
  function usageFor(reported: OpenAI.CompletionUsage | null | undefined, input: ChatInput, model: string, text: string, images: number): { usage: Usage; estimated: boolean } {
    if (reported) return { usage: usageOf(reported, images), estimated: false };
    const inputTokens = pricer.chatEstimate(model, input.messages, 0, images).inputTokens;
    return { usage: { inputTokens, cachedTokens: 0, outputTokens: pricer.countText(model, text), images, audioSeconds: 0 }, estimated: true };
  }

  function completed(data: OpenAI.Chat.ChatCompletion, input: ChatInput, model: string, images: number, headers: Headers): Executed<ChatOutput> {
    const choice = data.choices?.[0];
    const text = choice?.message?.content ?? '';
    return { output: { text, finishReason: choice?.finish_reason ?? null }, ...usageFor(data.usage, input, model, text, images), headers };
  }

  async function execute({ client, model, input, signal, timeoutMs, onDelta, onHeaders }: ExecuteContext<ChatInput>): Promise<Executed<ChatOutput>> {
    const body = {
      model,
      messages: toSdkMessages(input.messages),
      ...(input.temperature !== undefined && acceptsTemperature(model) ? { temperature: input.temperature } : {}),
      max_completion_tokens: capFor(input, model),
      ...(input.jsonSchema ? { response_format: { type: 'json_schema' as const, json_schema: { name: input.jsonSchema.name, schema: input.jsonSchema.schema, strict: true } } } : {}),
    };
    const images = countImages(input.messages);
    if (!input.stream) {
      const { data, response } = await client.chat.completions.create({ ...body, stream: false }, { signal, timeout: timeoutMs }).withResponse();
      return completed(data, input, model, images, response.headers);
    }
    // A stalled stream is aborted after timeoutMs without a chunk, not after timeoutMs in total. The
    // attempt's own signal follows the request's through a listener rather than AbortSignal.any: every
    // AbortSignal Node 20 creates costs tens of microseconds, and any() made two of them per reply.
    const attempt = new AbortController();
    const follow = () => attempt.abort(signal.reason);
    if (signal.aborted) follow();
    else signal.addEventListener('abort', follow, { once: true });
    let stalled = false;
    const watchdog = setTimeout(() => {
      stalled = true;
      attempt.abort();
    }, timeoutMs);
    let text = '';
    let finishReason: string | null = null;
    let usage: OpenAI.CompletionUsage | null | undefined;
    let headers: Headers | undefined;
    try {
      const { data: stream, response } = await client.chat.completions
        .create({ ...body, stream: true, stream_options: { include_usage: true } }, { signal: attempt.signal, timeout: timeoutMs })
        .withResponse();
      headers = response.headers;
      onHeaders?.(headers);
      if (isJsonResponse(response.headers)) {
        // stream: true was ignored: the whole answer is one JSON body (the SDK's SSE parser would see nothing).
        const whole = completed((await response.json()) as OpenAI.Chat.ChatCompletion, input, model, images, response.headers);
        if (whole.output.text) onDelta?.(whole.output.text);
        return whole;
      }
      for await (const chunk of stream) {
        watchdog.refresh(); // the stall clock starts again (a new timer for every chunk cost one each)
        const delta = chunk.choices[0]?.delta?.content;
        if (delta) {
          text += delta;
          onDelta?.(delta);
        }
        finishReason = chunk.choices[0]?.finish_reason ?? finishReason;
        if (chunk.usage) usage = chunk.usage;
      }
    } catch (error) {
      if (text.length > 0) throw new StreamInterrupted(text, error, stalled && !signal.aborted);
      throw stalled && !signal.aborted ? new StreamInterrupted('', error, true) : error;
    } finally {
      clearTimeout(watchdog);
      signal.removeEventListener('abort', follow);
    }
    if (!finishReason && !usage) throw new StreamInterrupted(text, new Error('The stream ended before the answer was complete.'), false);
    return { output: { text, finishReason }, ...usageFor(usage, input, model, text, images), headers };
  }

  return {
    kind: 'chat',
    estimate(input, model) {
      return pricer.chatEstimate(model, input.messages, capFor(input, model), countImages(input.messages));
    },
    // Keys in sorted order, so the cache key's canonical JSON is one JSON.stringify (see canonicalJson).
    cacheMaterial(input) {
      return {
        jsonSchema: input.jsonSchema,
        maxOutputTokens: input.maxOutputTokens,
        messages: input.messages.map((m) => ({
          content: typeof m.content === 'string' ? m.content : m.content.map((p) => (p.type === 'text' ? p : { ...p, image_url: { ...p.image_url, url: hashInlineData(p.image_url.url) } })),
          role: m.role,
        })),
        temperature: input.temperature,
      };
    },
    execute,
    cost: (model, usage) => pricer.costOf(model, usage),
    toCache: (output) => JSON.stringify(output),
    fromCache(payload, onDelta) {
      const output = JSON.parse(payload) as ChatOutput;
      if (onDelta) for (const piece of output.text.match(/\S*\s*/g) ?? []) if (piece) onDelta(piece);
      return output;
    },
  };
}
