/**
 * Client secrets for realtime transcription: POST /v1/realtime/transcription_sessions (beta shape,
 * `client_secret: {value, expires_at}`) and POST /v1/realtime/client_secrets (GA shape, `{value,
 * expires_at, session}`). The secret opens one pre-configured session on /v1/realtime?intent=transcription.
 */
import { parseJsonObject } from '../http/body';
import { badRequest } from '../http/errors';
import { applyBetaSession, applyGaSession, betaSessionView, gaSessionView, RealtimeEventError } from '../realtime/config';
import { realtimeHub } from '../realtime/hub';
import type { RouteDef } from './route';

const asApiError = (err: unknown) => (err instanceof RealtimeEventError ? badRequest(err.message, err.param, err.code) : err);

export const transcriptionSessions: RouteDef = {
  name: 'realtime.sessions',
  method: 'POST',
  pattern: /^\/v1\/realtime\/transcription_sessions\/?$/,
  maxBodyBytes: 1024 * 1024,
  prepare: async (ctx) => {
    const body = parseJsonObject(ctx.body, ctx.req.headers['content-type']);
    const hub = realtimeHub(ctx.core);
    const config = hub.newConfig();
    try {
      applyBetaSession(config, body, ctx.core.settings.models);
    } catch (err) {
      throw asApiError(err);
    }
    return {
      model: config.model ?? undefined,
      tokenCost: 0,
      run: async () => ctx.sendJson(200, { ...betaSessionView(config), client_secret: hub.issueSecret(config) }),
    };
  },
};

export const clientSecrets: RouteDef = {
  name: 'realtime.sessions',
  method: 'POST',
  pattern: /^\/v1\/realtime\/client_secrets\/?$/,
  maxBodyBytes: 1024 * 1024,
  prepare: async (ctx) => {
    const body = parseJsonObject(ctx.body, ctx.req.headers['content-type']);
    const hub = realtimeHub(ctx.core);
    const config = hub.newConfig();
    const after = body.expires_after as { seconds?: unknown } | undefined;
    const ttl = typeof after?.seconds === 'number' ? after.seconds : 600;
    if (!(ttl >= 10 && ttl <= 7200)) throw badRequest('expires_after.seconds must be between 10 and 7200.', 'expires_after.seconds', 'invalid_value');
    try {
      applyGaSession(config, body.session ?? { type: 'transcription' }, ctx.core.settings.models);
    } catch (err) {
      throw asApiError(err);
    }
    return {
      model: config.model ?? undefined,
      tokenCost: 0,
      run: async () => {
        const secret = hub.issueSecret(config, ttl);
        ctx.sendJson(200, { ...secret, session: gaSessionView(config) });
      },
    };
  },
};
