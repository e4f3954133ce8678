/** Sends finished images as OpenAI does: one JSON body, or SSE partial/completed events when streamed. */
import type { RouteContext } from '../context';
import { estimateTextTokens } from '../chat/tokens';
import { PARTIAL_IMAGE_TOKENS, outputTokens, type FixedSize, type ImageParams } from './params';

export interface ImageJob {
  params: ImageParams;
  size: FixedSize;
  imageInputTokens: number;
  /** Renders image `index` (0-based) of the n requested. */
  render(index: number): Promise<Buffer>;
  /** 'image_generation' or 'image_edit' — the SSE event prefix. */
  eventPrefix: 'image_generation' | 'image_edit';
}

function usage(job: ImageJob, partials: number) {
  const text = estimateTextTokens(job.params.prompt);
  const output = outputTokens(job.params.model, job.params.quality, job.size) * job.params.n + partials * PARTIAL_IMAGE_TOKENS;
  const input = text + job.imageInputTokens;
  return {
    input_tokens: input,
    input_tokens_details: { image_tokens: job.imageInputTokens, text_tokens: text },
    output_tokens: output,
    total_tokens: input + output,
  };
}

/** The JSON body of a non-streamed answer (also what a Batch API output line carries). */
export async function imagesBody(job: ImageJob, aborted: () => boolean = () => false): Promise<Record<string, unknown> | null> {
  const p = job.params;
  const created = Math.floor(Date.now() / 1000);
  if (p.spec.billing.kind === 'per_image') {
    // dall-e: no usage, no output metadata; a URL unless b64_json was asked for (a data: URL here).
    const data = [];
    for (let i = 0; i < p.n; i++) {
      if (aborted()) return null;
      const b64 = (await job.render(i)).toString('base64');
      data.push(p.responseFormat === 'b64_json' ? { b64_json: b64, revised_prompt: p.prompt } : { url: `data:image/png;base64,${b64}`, revised_prompt: p.prompt });
    }
    return { created, data };
  }
  const images = [];
  for (let i = 0; i < p.n; i++) {
    if (aborted()) return null;
    images.push({ b64_json: (await job.render(i)).toString('base64') });
  }
  return { created, ...outputMeta(job), data: images, usage: usage(job, 0) };
}

const outputMeta = (job: ImageJob) => ({ size: job.size, quality: job.params.quality, background: job.params.transparent ? 'transparent' : 'opaque', output_format: job.params.format });

export async function deliverImages(ctx: RouteContext, job: ImageJob): Promise<void> {
  const p = job.params;
  if (p.spec.billing.kind === 'per_image' || !p.stream) {
    const body = await imagesBody(job, () => ctx.signal.aborted);
    if (body) ctx.sendJson(200, body);
    return;
  }
  const meta = outputMeta(job);
  const sse = ctx.openStream();
  for (let i = 0; i < p.n; i++) {
    const b64 = (await job.render(i)).toString('base64');
    for (let k = 0; k < p.partialImages; k++) {
      const partial = { type: `${job.eventPrefix}.partial_image`, b64_json: b64, created_at: Math.floor(Date.now() / 1000), ...meta, partial_image_index: k };
      if (!(await sse.send(partial, partial.type))) return;
    }
    const last = i === p.n - 1;
    const done = {
      type: `${job.eventPrefix}.completed`,
      b64_json: b64,
      created_at: Math.floor(Date.now() / 1000),
      ...meta,
      usage: usage(job, last ? p.partialImages * p.n : 0),
    };
    if (!(await sse.send(done, done.type))) return;
  }
  sse.end(false);
}
