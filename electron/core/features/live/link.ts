/**
 * One WebSocket to a provider's realtime transcription endpoint (/realtime?intent=transcription), opened
 * by core with the provider's key (which never leaves core). Speaks the GA protocol: session.update with
 * a transcription session, base64 PCM16 24 kHz appends, server VAD turn events, deltas and completions.
 *
 * Why not the SDK's OpenAIRealtimeWS: it always builds a wss:// URL with ?model= (conversation
 * sessions), so it can reach neither a transcription session nor an http:// base URL; it uses this
 * same `ws` package underneath.
 */
import WebSocket from 'ws';
import { AppFailure } from '../../../../shared/errors';
import { SAMPLE_RATE } from './audio';

export interface VadSettings {
  threshold: number;
  prefix_padding_ms: number;
  silence_duration_ms: number;
}

/** Server VAD for meetings: the API's defaults (a half-second pause ends a turn). */
export const LIVE_VAD: VadSettings = { threshold: 0.5, prefix_padding_ms: 300, silence_duration_ms: 500 };

export interface TranscriptionUsage {
  type: 'tokens' | 'duration';
  input_tokens?: number;
  output_tokens?: number;
  seconds?: number;
}

export interface LinkHandlers {
  speechStarted(itemId: string, audioStartMs: number): void;
  speechStopped(itemId: string, audioEndMs: number): void;
  delta(itemId: string, text: string): void;
  completed(itemId: string, transcript: string, usage: TranscriptionUsage | null): void;
  failed(itemId: string, message: string): void;
  /** The connection ended without us closing it. expired: the session reached its maximum duration. */
  closed(info: { code: number; reason: string; expired: boolean }): void;
}

export interface LinkOptions {
  baseUrl: string;
  apiKey: string;
  model: string;
  language: string | null;
  vad: VadSettings;
  timeoutMs: number;
}

export function realtimeUrl(baseUrl: string): string {
  const url = new URL(baseUrl.replace(/\/+$/, '') + '/realtime');
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.searchParams.set('intent', 'transcription');
  return url.toString();
}

/** Failures of opening a session, classified the way the pipeline classifies HTTP errors. */
function upgradeFailure(status: number, body: string): AppFailure {
  let message = `The realtime service answered ${status}.`;
  let code: string | null = null;
  try {
    const parsed = JSON.parse(body) as { error?: { message?: string; code?: string } };
    message = parsed.error?.message ?? message;
    code = parsed.error?.code ?? null;
  } catch {
    // not an OpenAI error body
  }
  if (status === 401 || status === 403) return new AppFailure('auth', `The provider refused the key for live captions: ${message}`, { status });
  if (status === 429 && code === 'insufficient_quota') return new AppFailure('quota', message, { status });
  if (status === 429) return new AppFailure('rate_limited', message, { status, retryable: true });
  if (status >= 500 || status === 408) return new AppFailure('upstream', message, { status, retryable: true });
  return new AppFailure('upstream', message, { status });
}

export const isRetryable = (e: unknown) => !(e instanceof AppFailure) || e.details?.retryable === true || e.code === 'timeout' || e.code === 'offline';

export class RealtimeLink {
  private closing = false;

  private constructor(private readonly ws: WebSocket) {}

  /** Opens and configures a session; rejects with an AppFailure (details.retryable when worth another try). */
  static open(opts: LinkOptions, handlers: LinkHandlers): Promise<RealtimeLink> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(realtimeUrl(opts.baseUrl), { headers: { Authorization: `Bearer ${opts.apiKey}` }, handshakeTimeout: opts.timeoutMs });
      const link = new RealtimeLink(ws);
      let ready = false;
      const timer = setTimeout(() => fail(new AppFailure('timeout', 'The realtime service did not answer in time.', { retryable: true })), opts.timeoutMs);
      const fail = (e: AppFailure) => {
        if (ready) return;
        ready = true;
        clearTimeout(timer);
        link.closing = true;
        ws.removeAllListeners('close');
        ws.on('error', () => {});
        ws.terminate();
        reject(e);
      };
      ws.on('unexpected-response', (_req, res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => fail(upgradeFailure(res.statusCode ?? 0, body)));
        res.on('error', () => fail(upgradeFailure(res.statusCode ?? 0, body)));
      });
      ws.on('error', (err) => fail(new AppFailure('offline', `Could not reach the realtime service (${err.message}).`, { retryable: true })));
      ws.on('close', (code, reason) => {
        if (!ready) return fail(new AppFailure('offline', 'The realtime service closed the connection while opening it.', { retryable: true }));
        if (!link.closing) handlers.closed({ code, reason: reason.toString(), expired: code === 1001 || /maximum duration/i.test(reason.toString()) });
      });
      ws.on('message', (data) => {
        let e: Record<string, unknown> & { type?: string };
        try {
          e = JSON.parse(data.toString()) as typeof e;
        } catch {
          return;
        }
        switch (e.type) {
          case 'session.created':
            ws.send(JSON.stringify({
              type: 'session.update',
              session: {
                type: 'transcription',
                audio: { input: { format: { type: 'audio/pcm', rate: SAMPLE_RATE }, transcription: { model: opts.model, ...(opts.language ? { language: opts.language } : {}) }, turn_detection: { type: 'server_vad', ...opts.vad } } },
              },
            }));
            return;
          case 'session.updated':
            if (ready) return;
            ready = true;
            clearTimeout(timer);
            return resolve(link);
          case 'error': {
            const err = (e.error ?? {}) as { message?: string; code?: string };
            if (!ready) return fail(new AppFailure('upstream', `The realtime service refused the session: ${err.message ?? 'unknown error'}`));
            if (err.code === 'session_expired') link.closing = false;
            return;
          }
          case 'input_audio_buffer.speech_started':
            return handlers.speechStarted(String(e.item_id), Number(e.audio_start_ms));
          case 'input_audio_buffer.speech_stopped':
            return handlers.speechStopped(String(e.item_id), Number(e.audio_end_ms));
          case 'conversation.item.input_audio_transcription.delta':
            return handlers.delta(String(e.item_id), String(e.delta ?? ''));
          case 'conversation.item.input_audio_transcription.completed':
            return handlers.completed(String(e.item_id), String(e.transcript ?? ''), (e.usage as TranscriptionUsage | undefined) ?? null);
          case 'conversation.item.input_audio_transcription.failed':
            return handlers.failed(String(e.item_id), String((e.error as { message?: string } | undefined)?.message ?? 'transcription failed'));
        }
      });
    });
  }

  get open(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  append(pcm: Buffer): void {
    if (this.open && pcm.length) this.ws.send(JSON.stringify({ type: 'input_audio_buffer.append', audio: pcm.toString('base64') }));
  }

  close(): void {
    this.closing = true;
    if (this.ws.readyState === WebSocket.CONNECTING || this.ws.readyState === WebSocket.OPEN) this.ws.close(1000, 'meeting ended');
  }
}
