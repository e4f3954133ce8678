/** POST /v1/images/generations — every image model, each with its own accepted parameters. */
import { parseJsonObject } from '../http/body';
import { deliverImages, type ImageJob } from '../images/deliver';
import { parseImageParams, sizeOf } from '../images/params';
import { renderGenerated } from '../images/render';
import { estimateTextTokens } from '../chat/tokens';
import { MB, type RouteDef } from './route';

/** A generation request body checked against the model, as the job that renders its images (also used by Batch API lines). */
export function generationJob(body: Record<string, unknown>, models: readonly string[]): ImageJob {
  const params = parseImageParams((name) => body[name], models);
  const size = params.size === 'auto' ? '1024x1024' : params.size;
  const { width, height } = sizeOf(size);
  const enc = { format: params.format, compression: params.compression, transparent: params.transparent };
  return { params, size, imageInputTokens: 0, eventPrefix: 'image_generation', render: (i) => renderGenerated(params.prompt, width, height, i, enc) };
}

export const imageGenerations: RouteDef = {
  name: 'images.generations',
  method: 'POST',
  pattern: /^\/v1\/images\/generations\/?$/,
  maxBodyBytes: 1 * MB,
  prepare: async (ctx) => {
    const body = parseJsonObject(ctx.body, ctx.req.headers['content-type']);
    const job = generationJob(body, ctx.core.settings.models);
    ctx.record.image = { params: job.params.sent, inputs: [] };
    return { model: job.params.model, stream: job.params.stream, tokenCost: estimateTextTokens(job.params.prompt), run: () => deliverImages(ctx, job) };
  },
};
