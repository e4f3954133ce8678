/** GET /v1/models and GET /v1/models/:id. */
import { modelNotFound } from '../http/errors';
import { modelObject } from '../models';
import type { RouteDef } from './route';

export const listModels: RouteDef = {
  name: 'models',
  method: 'GET',
  pattern: /^\/v1\/models\/?$/,
  maxBodyBytes: 1024 * 1024,
  prepare: async (ctx) => ({
    tokenCost: 0,
    run: async () => {
      ctx.sendJson(200, { object: 'list', data: ctx.core.settings.models.map(modelObject) });
    },
  }),
};

export const retrieveModel: RouteDef = {
  name: 'models',
  method: 'GET',
  pattern: /^\/v1\/models\/(?<id>[^/]+)$/,
  maxBodyBytes: 1024 * 1024,
  prepare: async (ctx) => {
    const id = decodeURIComponent(ctx.params.id ?? '');
    if (!ctx.core.settings.models.includes(id)) throw modelNotFound(id);
    return { model: id, tokenCost: 0, run: async () => ctx.sendJson(200, modelObject(id)) };
  },
};
