/**
 * One realtime transcription connection: client events in, server events out, in the Realtime API's
 * shapes. Audio is base64 PCM16 mono 24 kHz; server VAD cuts turns; each turn is transcribed with the
 * tone code (see ../audio/tone.ts): deltas word by word, then `completed` with usage.
 */
import { randomBytes } from 'node:crypto';
import type { WebSocket } from 'ws';
import { analyseTones } from '../audio/tone';
import { FILLER_WORDS } from '../audio/transcript';
import { sleep } from '../context';
import { applyBetaSession, applyGaSession, betaSessionView, gaSessionView, RealtimeEventError, SAMPLE_RATE, type SessionConfig } from './config';
import type { RealtimeTurnTiming } from '../types';
import { Vad } from './vad';

export interface SessionHost {
  models: () => readonly string[];
  /** Extra latency before a turn's transcription is sent. */
  latencyMs: () => number;
  /** Pause between deltas. */
  deltaDelayMs: () => number;
  closing: AbortSignal;
  onAudio(ms: number): void;
  onItem(): void;
  /** A turn was answered: when it was heard, ended and answered (for the simulator's own share of caption latency). */
  onTurn(turn: RealtimeTurnTiming): void;
}

const AUDIO_TOKENS_PER_SECOND = 10;
const MIN_COMMIT_MS = 100;
const eventId = () => `event_${randomBytes(11).toString('hex')}`;
const itemId = () => `item_${randomBytes(11).toString('hex')}`;

/** The words a turn's audio carries: tone words, else filler for sound, else nothing. */
export function transcribeTurn(speech: Float32Array): string[] {
  const windows = analyseTones(speech, SAMPLE_RATE);
  const words = windows.flatMap((w) => (w.kind === 'word' ? [w.word] : []));
  if (words.length) return words;
  const sound = windows.filter((w) => w.kind === 'sound').length;
  return Array.from({ length: sound * 2 }, (_, i) => FILLER_WORDS[(speech.length + i) % FILLER_WORDS.length]!);
}

export class RealtimeSession {
  readonly config: SessionConfig;
  private readonly vad: Vad;
  private readonly gone = new AbortController();
  private chain: Promise<void> = Promise.resolve();
  private currentItem: string | null = null;
  private previousItem: string | null = null;
  private readonly expiry: NodeJS.Timeout;
  private readonly beta: boolean;
  /** When recent appends arrived (audio position at their end, wall time): the latency of a turn starts at its last voiced audio. */
  private arrivals: { endMs: number; at: number }[] = [];

  constructor(
    private readonly ws: WebSocket,
    private readonly host: SessionHost,
    opts: { beta: boolean; config: SessionConfig; maxDurationMs: number },
  ) {
    this.config = opts.config;
    this.vad = new Vad(SAMPLE_RATE);
    if (this.config.vad) this.vad.config = this.config.vad;
    this.beta = opts.beta;
    ws.on('message', (data, isBinary) => this.onMessage(isBinary ? null : data.toString()));
    ws.on('close', () => this.dispose());
    ws.on('error', () => this.dispose());
    this.expiry = setTimeout(() => this.expire(), opts.maxDurationMs);
    this.send({ type: this.beta ? 'transcription_session.created' : 'session.created', session: this.view() });
  }

  get open(): boolean {
    return this.ws.readyState === this.ws.OPEN;
  }

  private view() {
    return this.beta ? betaSessionView(this.config) : gaSessionView(this.config);
  }

  private send(event: Record<string, unknown>): void {
    if (this.open) this.ws.send(JSON.stringify({ event_id: eventId(), ...event }));
  }

  private error(err: RealtimeEventError, clientEventId: unknown): void {
    this.send({ type: 'error', error: { type: err.type, code: err.code, message: err.message, param: err.param, event_id: typeof clientEventId === 'string' ? clientEventId : null } });
  }

  private dispose(): void {
    clearTimeout(this.expiry);
    this.gone.abort();
  }

  /** The session's maximum duration is over: an error event, then a server-initiated close. */
  expire(): void {
    const message = 'Your session hit the maximum duration of 60 minutes.';
    this.error(new RealtimeEventError(message, 'session_expired'), null);
    this.close(1001, message);
  }

  close(code: number, reason: string): void {
    this.dispose();
    if (this.open) this.ws.close(code, reason);
  }

  /** Network loss: the TCP connection just disappears, no close frame. */
  reset(): void {
    this.dispose();
    this.ws.terminate();
  }

  private onMessage(raw: string | null): void {
    let event: Record<string, unknown>;
    try {
      if (raw === null) throw new Error('binary');
      event = JSON.parse(raw) as Record<string, unknown>;
      if (typeof event !== 'object' || event === null || Array.isArray(event)) throw new Error('not an object');
    } catch {
      return this.error(new RealtimeEventError('Invalid JSON: the message could not be parsed as a JSON event object.', 'invalid_json'), null);
    }
    try {
      this.handle(event);
    } catch (err) {
      if (err instanceof RealtimeEventError) this.error(err, event.event_id);
      else throw err;
    }
  }

  private handle(event: Record<string, unknown>): void {
    switch (event.type) {
      case 'session.update':
        applyGaSession(this.config, event.session, this.host.models());
        this.vad.config = this.config.vad ?? this.vad.config;
        return this.send({ type: 'session.updated', session: gaSessionView(this.config) });
      case 'transcription_session.update':
        applyBetaSession(this.config, event.session, this.host.models());
        this.vad.config = this.config.vad ?? this.vad.config;
        return this.send({ type: 'transcription_session.updated', session: betaSessionView(this.config) });
      case 'input_audio_buffer.append':
        return this.append(event.audio);
      case 'input_audio_buffer.commit':
        return this.commit();
      case 'input_audio_buffer.clear':
        this.vad.commit();
        this.currentItem = null;
        return this.send({ type: 'input_audio_buffer.cleared' });
      default:
        throw new RealtimeEventError(
          `Invalid value: '${String(event.type)}'. Supported values are: 'session.update', 'transcription_session.update', 'input_audio_buffer.append', 'input_audio_buffer.commit' and 'input_audio_buffer.clear'.`,
          'invalid_value',
          'type',
        );
    }
  }

  private append(audio: unknown): void {
    if (typeof audio !== 'string' || audio.length === 0) throw new RealtimeEventError("Missing required parameter: 'audio'.", 'missing_required_parameter', 'audio');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(audio)) throw new RealtimeEventError('Invalid audio: expected base64-encoded PCM16 audio.', 'invalid_value', 'audio');
    const bytes = Buffer.from(audio, 'base64');
    if (bytes.length % 2 !== 0) throw new RealtimeEventError('Invalid audio: PCM16 audio must have an even number of bytes.', 'invalid_value', 'audio');
    const samples = new Float32Array(bytes.length / 2);
    for (let i = 0; i < samples.length; i++) samples[i] = bytes.readInt16LE(i * 2) / 32768;
    this.host.onAudio((samples.length * 1000) / SAMPLE_RATE);
    this.arrivals.push({ endMs: this.vad.receivedMs + (samples.length * 1000) / SAMPLE_RATE, at: Date.now() });
    if (this.arrivals.length > 400) this.arrivals.splice(0, 200);
    if (!this.config.vad) {
      this.vad.push(samples);
      return;
    }
    for (const e of this.vad.push(samples)) {
      if (e.kind === 'start') {
        this.currentItem = itemId();
        this.send({ type: 'input_audio_buffer.speech_started', audio_start_ms: e.audioStartMs, item_id: this.currentItem });
      } else {
        const id = this.currentItem ?? itemId();
        this.currentItem = null;
        this.send({ type: 'input_audio_buffer.speech_stopped', audio_end_ms: e.audioEndMs, item_id: id });
        this.finishTurn(id, e.speech, this.arrivals.find((a) => a.endMs >= e.voicedEndMs)?.at ?? Date.now(), this.vad.config.silence_duration_ms);
      }
    }
  }

  private commit(): void {
    const before = this.vad.receivedMs;
    const speech = this.vad.commit();
    if (!speech || (speech.length * 1000) / SAMPLE_RATE < MIN_COMMIT_MS) {
      const ms = speech ? (speech.length * 1000) / SAMPLE_RATE : 0;
      throw new RealtimeEventError(
        `Error committing input audio buffer: buffer too small. Expected at least ${MIN_COMMIT_MS}ms of audio, but buffer only has ${ms.toFixed(2)}ms of audio.`,
        'input_audio_buffer_commit_empty',
      );
    }
    const id = this.currentItem ?? itemId();
    this.currentItem = null;
    if (this.config.vad) this.send({ type: 'input_audio_buffer.speech_stopped', audio_end_ms: Math.round(before), item_id: id });
    this.finishTurn(id, speech, Date.now(), 0);
  }

  private finishTurn(id: string, speech: Float32Array, heardAt: number, silenceMs: number): void {
    const stoppedAt = Date.now();
    this.send({ type: 'input_audio_buffer.committed', item_id: id, previous_item_id: this.previousItem });
    const item = { id, type: 'message', object: 'realtime.item', status: 'completed', role: 'user', content: [{ type: 'input_audio', transcript: null }] };
    this.send(this.beta ? { type: 'conversation.item.created', previous_item_id: this.previousItem, item } : { type: 'conversation.item.added', previous_item_id: this.previousItem, item });
    this.previousItem = id;
    this.host.onItem();
    if (!this.config.model) return;
    const model = this.config.model;
    const words = transcribeTurn(speech);
    const seconds = speech.length / SAMPLE_RATE;
    // Turns are transcribed in order: a later turn's events never overtake an earlier one's.
    this.chain = this.chain.then(() => this.transcribe(id, model, words, seconds, { voicedEndAt: heardAt, stoppedAt, silenceMs }));
  }

  private async transcribe(id: string, model: string, words: string[], seconds: number, heard: Pick<RealtimeTurnTiming, 'voicedEndAt' | 'stoppedAt' | 'silenceMs'>): Promise<void> {
    const signal = AbortSignal.any([this.gone.signal, this.host.closing]);
    if (!(await sleep(this.host.latencyMs(), signal))) return;
    let firstTextAt: number | null = null;
    if (model !== 'whisper-1') {
      for (const [i, word] of words.entries()) {
        firstTextAt ??= Date.now();
        this.send({ type: 'conversation.item.input_audio_transcription.delta', item_id: id, content_index: 0, delta: i === 0 ? word : ` ${word}` });
        if (!(await sleep(this.host.deltaDelayMs(), signal))) return;
      }
    }
    const transcript = words.join(' ');
    const audioTokens = Math.ceil(seconds * AUDIO_TOKENS_PER_SECOND);
    const outputTokens = words.length;
    const usage = model === 'whisper-1'
      ? { type: 'duration', seconds: Math.ceil(seconds) }
      : { type: 'tokens', input_tokens: audioTokens, output_tokens: outputTokens, total_tokens: audioTokens + outputTokens, input_token_details: { audio_tokens: audioTokens, text_tokens: 0 } };
    this.send({ type: 'conversation.item.input_audio_transcription.completed', item_id: id, content_index: 0, transcript, usage, logprobs: null });
    const completedAt = Date.now();
    this.host.onTurn({ words, ...heard, firstTextAt: firstTextAt ?? completedAt, completedAt });
  }
}
