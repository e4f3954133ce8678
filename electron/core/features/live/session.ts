/**
 * One live meeting: the recording (always), and the live captions over a realtime session (when they
 * can be had). Capture never waits for the network: every frame is written to disk first. The realtime
 * session is opened by core; when it is lost (network, server close, expiry) it is opened again with
 * backoff, and audio it missed is replayed from the last confirmed point when that is recent enough.
 * What the realtime session confirmed (speech with text, or silence) is stored as spans; everything
 * else goes through the offline queue after the meeting.
 */
import crypto from 'node:crypto';
import type { LiveCaption, LiveLinkState, LiveStatus } from '../../../../shared/contract';
import { AppFailure, makeError, type AppError } from '../../../../shared/errors';
import type { Policy } from '../../../../shared/policy';
import { estimateTranscription, isPriceUnknown } from '../../../../shared/pricing';
import type { LiveRepo, LiveSessionRow, LiveState } from '../../db/repos/live';
import type { Logger } from '../../log';
import { backoffDelay } from '../../pipeline/backoff';
import { periodKeys } from '../../pipeline/periods';
import type { PipelineStack } from '../../pipeline/stack';
import type { EventBus } from '../../rpc/events';
import { bytesToMs, msToBytes, rms, SILENCE_RMS } from './audio';
import { isRetryable, LIVE_VAD, RealtimeLink, type TranscriptionUsage } from './link';
import { readRange, SegmentWriter } from './segments';

export const LIVE_SCENE = 'live_captions';
/** Audio missed while disconnected is replayed when no older than this; longer outages go offline. */
const MAX_REPLAY_MS = 20_000;
/** Replay is sent in pieces of this much audio. */
const REPLAY_PIECE_MS = 1000;
/**
 * After the quick retries of the realtime policy, try again this often (capture goes on meanwhile). A
 * failed attempt costs one refused upgrade; a long wait costs captions: 30 s between attempts left
 * people without captions for half a minute after the service was back, so attempts stay 5 s apart.
 */
const SLOW_RETRY_MS = [1000, 2000, 4000, 5000];
const STATUS_EVERY_MS = 250;
/** No frame for this long: no window is recording (a reload, a closed window); the status says so. */
const CAPTURE_IDLE_MS = 1500;

export interface SessionDeps {
  repo: LiveRepo;
  stack: Pick<PipelineStack, 'budgets' | 'ledger' | 'pricer' | 'settings'>;
  /** The provider's endpoint and key: used here in core only, never sent anywhere else. */
  connection(providerId: string): Promise<{ baseUrl: string; apiKey: string }>;
  events: EventBus;
  log: Logger;
  policy(): Policy;
}

interface Item {
  startMs: number;
  endMs: number | null;
  text: string;
}

interface Connection {
  id: string;
  link: RealtimeLink;
  originBytes: number;
  sentBytes: number;
  /** Confirmed up to here (recording ms): silence before a turn's start, or the end of a completed turn. */
  cursorMs: number;
  items: Map<string, Item>;
  turns: number;
}

export class LiveSession {
  state: LiveState = 'recording';
  private link: LiveLinkState = 'connecting';
  private linkMessage: string | null = null;
  private error: AppError | null = null;
  private conn: Connection | null = null;
  private attempt = 0;
  private reconnects = 0;
  private liveBytes = 0;
  private costMicros = 0;
  /** Captions stay off for good (budget, refused key). */
  private liveDisabled = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryAt: number | null = null;
  private opening = false;
  private lastStatus = 0;
  private nextSeq = 0;
  /** The window capture whose frames are taken (null: any, for a client that names none). */
  private owner: string | null = null;
  private lastAudioAt = 0;
  private idleTimer: NodeJS.Timeout | null = null;
  recordingId: string | null = null;
  readonly writer: SegmentWriter;

  constructor(
    readonly row: LiveSessionRow,
    readonly dir: string,
    private readonly deps: SessionDeps,
  ) {
    this.writer = new SegmentWriter(dir);
  }

  /** Stopping or stopped: no new connections. */
  get ended(): boolean {
    return this.state === 'finishing' || this.state === 'done';
  }

  get id(): string {
    return this.row.id;
  }

  status(): LiveStatus {
    const perMinute = estimateTranscription(this.row.liveModel, 60, this.deps.stack.settings.config().priceOverrides);
    return {
      sessionId: this.id,
      name: this.row.name,
      state: this.state,
      link: this.link,
      linkMessage: this.linkMessage,
      retryInMs: this.retryAt === null ? null : Math.max(0, this.retryAt - Date.now()),
      reconnects: this.reconnects,
      recordedMs: Math.round(this.writer.durationMs),
      liveMs: Math.round(bytesToMs(this.liveBytes)),
      costMicros: this.costMicros,
      perMinuteMicros: isPriceUnknown(perMinute) ? null : perMinute,
      liveModel: this.row.liveModel,
      recordingId: this.recordingId,
      capturing: this.capturing,
      error: this.error,
    };
  }

  private get capturing(): boolean {
    return this.state === 'recording' && Date.now() - this.lastAudioAt < CAPTURE_IDLE_MS;
  }

  /** From now on only this capture's frames are taken, counted from seq 0 (a reloaded page, or a second window taking over). */
  attach(capture: string): void {
    if (this.ended) throw new AppFailure('conflict', 'The recording has stopped.');
    this.owner = capture;
    this.nextSeq = 0;
    this.emitStatus();
  }

  /** Captions so far: the completed turns (from the spans kept on disk), then the turns still being transcribed. */
  captions(): LiveCaption[] {
    const done: LiveCaption[] = this.deps.repo
      .spans(this.id)
      .filter((s) => s.kind === 'speech' && s.text)
      .map((s) => ({ sessionId: this.id, itemId: `span-${s.startMs}`, text: s.text!, final: true, startMs: s.startMs, endMs: s.endMs }));
    const open = [...(this.conn?.items ?? new Map<string, Item>()).entries()]
      .filter(([, item]) => item.text)
      .map(([itemId, item]) => ({ sessionId: this.id, itemId, text: item.text, final: false, startMs: Math.round(item.startMs), endMs: item.endMs === null ? null : Math.round(item.endMs) }));
    return [...done, ...open];
  }

  emitStatus(force = true): void {
    const now = Date.now();
    if (!force && now - this.lastStatus < STATUS_EVERY_MS) return;
    this.lastStatus = now;
    this.deps.events.emit('live.status', this.status());
  }

  private setLink(link: LiveLinkState, message: string | null): void {
    this.link = link;
    this.linkMessage = message;
    this.emitStatus();
  }

  start(): void {
    void this.connect();
  }

  /** A captured frame: written to disk first, then (when live) sent on. Frames arrive in seq order; a repeated one is ignored. */
  append(seq: number, pcm: Buffer, capture?: string): number {
    if (this.owner !== null && capture !== this.owner) {
      throw new AppFailure('conflict', 'This meeting is being recorded in another window now.', { moved: true });
    }
    if (this.state !== 'recording') throw new AppFailure('conflict', this.state === 'paused' ? 'The recording is paused.' : 'The recording has stopped.');
    if (seq < this.nextSeq) return this.writer.durationMs;
    this.nextSeq = seq + 1;
    const wasCapturing = this.capturing;
    this.lastAudioAt = Date.now();
    this.watchIdle();
    const before = this.writer.bytes;
    this.writer.write(pcm);
    const c = this.conn;
    if (c && c.link.open) {
      if (c.sentBytes === before) this.send(c, pcm);
      else this.pump(c);
    }
    this.emitStatus(!wasCapturing);
    return this.writer.durationMs;
  }

  /** When frames stop coming, every window hears that no window is recording. */
  private watchIdle(): void {
    if (this.idleTimer) this.idleTimer.refresh();
    else {
      this.idleTimer = setTimeout(() => {
        this.idleTimer = null;
        if (!this.ended) this.emitStatus();
      }, CAPTURE_IDLE_MS + 50);
      this.idleTimer.unref();
    }
  }

  private send(c: Connection, pcm: Buffer): void {
    c.link.append(pcm);
    c.sentBytes += pcm.length;
    this.liveBytes += pcm.length;
  }

  /** Sends what the connection has not had yet, from disk (a replay after a reconnect). */
  private pump(c: Connection): void {
    const piece = msToBytes(REPLAY_PIECE_MS);
    while (c.link.open && c.sentBytes < this.writer.bytes) {
      const end = Math.min(this.writer.bytes, c.sentBytes + piece);
      this.send(c, readRange(this.dir, bytesToMs(c.sentBytes), bytesToMs(end)));
    }
  }

  pause(): void {
    if (this.state !== 'recording') return;
    this.state = 'paused';
    this.deps.repo.setState(this.id, 'paused');
    this.writer.sync();
    this.emitStatus();
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.state = 'recording';
    this.deps.repo.setState(this.id, 'recording');
    this.emitStatus();
  }

  /** Where a new connection starts: the last confirmed point if recent, else a quiet moment near now. */
  private resumePoint(): number {
    const end = this.writer.bytes;
    const confirmed = this.conn ? this.frontierMs(this.conn) : null;
    const last = confirmed ?? this.lastFrontierMs;
    if (bytesToMs(end) - last <= MAX_REPLAY_MS) return msToBytes(last);
    // A long outage: that stretch goes offline; start live at a silent frame so no word is cut in two.
    const frame = msToBytes(20);
    const from = Math.max(0, end - msToBytes(3000));
    const recent = readRange(this.dir, bytesToMs(from), bytesToMs(end));
    for (let at = recent.length - frame; at >= 0; at -= frame) {
      if (rms(recent.subarray(at, at + frame)) < SILENCE_RMS) return from + at + frame;
    }
    return end;
  }

  private lastFrontierMs = 0;

  private frontierMs(c: Connection): number {
    let f = c.cursorMs;
    for (const item of c.items.values()) f = Math.min(f, item.startMs);
    return f;
  }

  private budgetAllows(): boolean {
    const minute = estimateTranscription(this.row.liveModel, 60, this.deps.stack.settings.config().priceOverrides);
    try {
      this.deps.stack.budgets.admit({ modality: 'audio-realtime', scene: LIVE_SCENE, maxCostMicros: isPriceUnknown(minute) ? null : minute }).release();
      return true;
    } catch (e) {
      if (!(e instanceof AppFailure) || e.code !== 'budget_exceeded') throw e;
      this.disableLive(e, `Live captions stopped: ${e.message} The recording goes on; what was not captioned is transcribed after the meeting.`);
      return false;
    }
  }

  private disableLive(e: AppFailure, message: string): void {
    this.liveDisabled = true;
    this.error = e.toAppError();
    this.dropConnection();
    this.setLink('off', message);
  }

  private dropConnection(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.retryAt = null;
    const c = this.conn;
    if (!c) return;
    this.lastFrontierMs = this.frontierMs(c);
    this.conn = null;
    c.link.close();
  }

  private async connect(): Promise<void> {
    if (this.opening || this.liveDisabled || this.state === 'finishing' || this.state === 'done') return;
    if (!this.budgetAllows()) return;
    this.opening = true;
    this.retryAt = null;
    const policy = this.deps.policy();
    this.setLink(this.reconnects > 0 || this.attempt > 0 ? 'reconnecting' : 'connecting', this.attempt > 0 ? `Reconnecting (attempt ${this.attempt + 1})…` : null);
    const origin = this.resumePoint();
    const id = crypto.randomUUID();
    try {
      const endpoint = await this.deps.connection(this.row.providerId);
      const link = await RealtimeLink.open(
        { ...endpoint, model: this.row.liveModel, language: this.row.language, vad: LIVE_VAD, timeoutMs: policy.timeoutMs },
        this.handlers(() => this.conn?.id === id ? this.conn : null),
      );
      if (this.ended || this.liveDisabled) {
        link.close();
        return;
      }
      const originMs = bytesToMs(origin);
      this.conn = { id, link, originBytes: origin, sentBytes: origin, cursorMs: originMs, items: new Map(), turns: 0 };
      // The stretch between the last confirmed point and this connection's start has no live text: offline.
      this.attempt = 0;
      this.error = null;
      this.setLink('live', null);
      this.pump(this.conn);
    } catch (e) {
      const failure = e instanceof AppFailure ? e : new AppFailure('offline', 'Could not reach the realtime service.');
      this.deps.log.warn('live.connect_failed', { code: failure.code });
      if (!isRetryable(failure)) return this.disableLive(failure, `Live captions are off: ${failure.message} The recording goes on and is transcribed after the meeting.`);
      this.error = failure.toAppError();
      this.scheduleRetry(policy);
    } finally {
      this.opening = false;
    }
  }

  private scheduleRetry(policy: Policy, delayMs?: number): void {
    if (this.liveDisabled || this.state === 'finishing' || this.state === 'done') return;
    this.attempt += 1;
    const quick = this.attempt <= policy.retries + 1;
    const delay = delayMs ?? (quick ? backoffDelay(this.attempt, policy.backoffBaseMs, policy.backoffMaxMs) : SLOW_RETRY_MS[Math.min(SLOW_RETRY_MS.length - 1, this.attempt - policy.retries - 2)]!);
    this.retryAt = Date.now() + delay;
    this.setLink('reconnecting', `Connection lost, reconnecting in ${Math.max(1, Math.round(delay / 1000))} s — recording continues.`);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, delay);
  }

  private handlers(current: () => Connection | null) {
    const toRec = (c: Connection, ms: number) => bytesToMs(c.originBytes) + ms;
    return {
      speechStarted: (itemId: string, audioStartMs: number) => {
        const c = current();
        if (!c) return;
        const start = Math.max(c.cursorMs, toRec(c, audioStartMs));
        // The server heard silence from the cursor up to this turn.
        if (start > c.cursorMs) this.deps.repo.addSpan(this.id, { startMs: c.cursorMs, endMs: start, kind: 'silence', text: null, costMicros: 0 });
        c.cursorMs = start;
        c.items.set(itemId, { startMs: start, endMs: null, text: '' });
      },
      speechStopped: (itemId: string, audioEndMs: number) => {
        const c = current();
        const item = c?.items.get(itemId);
        if (!c || !item) return;
        item.endMs = Math.min(toRec(c, audioEndMs), this.writer.durationMs);
        c.cursorMs = Math.max(c.cursorMs, item.endMs);
      },
      delta: (itemId: string, delta: string) => {
        const c = current();
        const item = c?.items.get(itemId);
        if (!item) return;
        item.text += delta;
        this.deps.events.emit('live.caption', { sessionId: this.id, itemId, text: item.text, final: false, startMs: Math.round(item.startMs), endMs: item.endMs === null ? null : Math.round(item.endMs) });
      },
      completed: (itemId: string, transcript: string, usage: TranscriptionUsage | null) => {
        const c = current();
        const item = c?.items.get(itemId);
        if (!c || !item) return;
        c.items.delete(itemId);
        const endMs = item.endMs ?? c.cursorMs;
        const costMicros = this.bill(c, usage, (endMs - item.startMs) / 1000);
        const text = transcript.trim();
        this.deps.repo.addSpan(this.id, { startMs: item.startMs, endMs, kind: text ? 'speech' : 'silence', text: text || null, costMicros });
        this.deps.events.emit('live.caption', { sessionId: this.id, itemId, text, final: true, startMs: Math.round(item.startMs), endMs: Math.round(endMs) });
        this.emitStatus();
        this.budgetAllows();
      },
      failed: (itemId: string) => {
        // That turn has no live text: the offline queue transcribes it after the meeting.
        current()?.items.delete(itemId);
      },
      closed: ({ expired }: { code: number; reason: string; expired: boolean }) => {
        const c = current();
        if (!c) return;
        this.dropConnection();
        this.reconnects += 1;
        if (this.state === 'finishing' || this.state === 'done') return;
        // An expired session is normal: open the next one at once.
        if (expired) this.attempt = 0;
        this.scheduleRetry(this.deps.policy(), expired ? 0 : undefined);
      },
    };
  }

  /** One ledger row per completed turn, priced from the usage the provider reported. */
  private bill(c: Connection, usage: TranscriptionUsage | null, seconds: number): number {
    const model = this.row.liveModel;
    const price = usage
      ? this.deps.stack.pricer.costOf(model, { inputTokens: usage.input_tokens ?? 0, cachedTokens: 0, outputTokens: usage.output_tokens ?? 0, images: 0, audioSeconds: seconds, raw: usage })
      : { micros: 0, known: false };
    const date = new Date();
    c.turns += 1;
    this.deps.stack.ledger.append({
      ts: date.toISOString(),
      ...periodKeys(date),
      requestId: c.id,
      attempt: c.turns,
      scene: LIVE_SCENE,
      modality: 'audio-realtime',
      providerId: this.row.providerId,
      model,
      operation: 'realtime.transcription',
      inputTokens: usage?.input_tokens ?? 0,
      cachedTokens: 0,
      outputTokens: usage?.output_tokens ?? 0,
      images: 0,
      audioSeconds: usage?.type === 'duration' ? usage.seconds ?? seconds : seconds,
      costMicros: price.micros,
      savedMicros: 0,
      billing: price.known ? 'reported' : 'unknown_price',
      cached: false,
      fallback: false,
      latencyMs: 0,
      outcome: 'ok',
      httpStatus: null,
    });
    this.costMicros += price.micros;
    return price.micros;
  }

  /**
   * Ends the live side: a little silence (not recorded) lets the server's VAD close the last turn,
   * then the turns still being transcribed get a short while (the realtime policy's timeout, at most
   * 5 s) before the connection closes. Whatever did not finish goes offline.
   */
  async stop(): Promise<void> {
    if (this.state === 'finishing' || this.state === 'done') return;
    this.state = 'finishing';
    this.deps.repo.setState(this.id, 'finishing');
    this.emitStatus();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const c = this.conn;
    if (c?.link.open) {
      this.pump(c);
      c.link.append(Buffer.alloc(msToBytes(LIVE_VAD.silence_duration_ms + 200)));
      const deadline = Date.now() + Math.min(5000, this.deps.policy().timeoutMs);
      while (Date.now() < deadline && c.link.open && [...c.items.values()].some((i) => i.startMs < this.writer.durationMs)) {
        await new Promise((r) => setTimeout(r, 25));
      }
    }
    this.dropConnection();
    this.writer.close();
    this.link = 'off';
    this.linkMessage = null;
    if (this.idleTimer) clearTimeout(this.idleTimer);
  }

  /** The app is closing mid-meeting: close the connection and the file, keep the state (the next start recovers it). */
  halt(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.liveDisabled = true;
    this.dropConnection();
    this.writer.close();
  }

  fail(e: unknown): void {
    this.state = 'failed';
    this.error = e instanceof AppFailure ? e.toAppError() : makeError('internal');
    this.emitStatus();
  }
}
