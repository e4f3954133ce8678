/** POST /v1/images/generations — every image model, each with its own accepted parameters. */
import { parseJsonObject } from '../http/body';
import { deliverImages } from '../images/deliver';
import { parseImageParams, sizeOf } from '../images/params';
import { renderGenerated } from '../images/render';
import { estimateTextTokens } from '../chat/tokens';
import { MB, type RouteDef } from './route';

export const imageGenerations: RouteDef = {
  name: 'images.generations',
  method: 'POST',
  pattern: /^\/v1\/images\/generations\/?$/,
  maxBodyBytes: 1 * MB,
  prepare: async (ctx) => {
    const body = parseJsonObject(ctx.body, ctx.req.headers['content-type']);
    const params = parseImageParams((name) => body[name], ctx.core.settings.models);
    ctx.record.image = { params: params.sent, inputs: [] };
    const size = params.size === 'auto' ? '1024x1024' : params.size;
    const { width, height } = sizeOf(size);
    const enc = { format: params.format, compression: params.compression, transparent: params.transparent };
    return {
      model: params.model,
      stream: params.stream,
      tokenCost: estimateTextTokens(params.prompt),
      run: () =>
        deliverImages(ctx, {
          params,
          size,
          imageInputTokens: 0,
          eventPrefix: 'image_generation',
          render: (i) => renderGenerated(params.prompt, width, height, i, enc),
        }),
    };
  },
};
