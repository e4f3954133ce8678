import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { encodeToneWav } from './audio/tone';
import { parseWav } from './audio/wav';
import { TEST_KEY, api, useSimulator } from './test-helpers';

const { sim } = useSimulator();

type Ev = Record<string, unknown> & { type: string };

function wsUrl(): string {
  return `${sim().baseUrl.replace(/^http/, 'ws')}/realtime?intent=transcription`;
}

/** A connection that records every server event and can wait for one. */
async function connect(headers: Record<string, string> = { authorization: `Bearer ${TEST_KEY}` }) {
  const ws = new WebSocket(wsUrl(), { headers });
  const events: Ev[] = [];
  const waiters: { pred: (e: Ev) => boolean; resolve: (e: Ev) => void }[] = [];
  ws.on('message', (data) => {
    const e = JSON.parse(data.toString()) as Ev;
    events.push(e);
    for (const w of [...waiters]) if (w.pred(e)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(e);
    }
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const next = (type: string, pred: (e: Ev) => boolean = () => true) => {
    const found = events.find((e) => e.type === type && pred(e));
    if (found) return Promise.resolve(found);
    return new Promise<Ev>((resolve) => waiters.push({ pred: (e) => e.type === type && pred(e), resolve }));
  };
  const send = (e: Record<string, unknown>) => ws.send(JSON.stringify(e));
  return { ws, events, next, send, closed };
}

function pcm16(words: Array<string | null>, gapSeconds = 1): Buffer {
  const wav = parseWav(encodeToneWav(words, { sampleRate: 24_000, gapSeconds, leadingSilenceSeconds: 1, trailingSilenceSeconds: 1 }))!;
  const out = Buffer.alloc(wav.samples.length * 2);
  wav.samples.forEach((s, i) => out.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32767), i * 2));
  return out;
}

function appendAll(send: (e: Record<string, unknown>) => void, pcm: Buffer, chunkBytes = 4800): void {
  for (let at = 0; at < pcm.length; at += chunkBytes) send({ type: 'input_audio_buffer.append', audio: pcm.subarray(at, at + chunkBytes).toString('base64') });
}

describe('realtime transcription sessions', () => {
  it('refuses a connection without a valid key with a 401 and OpenAI error body', async () => {
    const ws = new WebSocket(wsUrl(), { headers: { authorization: 'Bearer nope' } });
    const res = await new Promise<{ status: number; body: string }>((resolve) => {
      ws.on('unexpected-response', (_req, r) => {
        let body = '';
        r.on('data', (c: Buffer) => (body += c.toString()));
        r.on('end', () => resolve({ status: r.statusCode ?? 0, body }));
      });
    });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body).error.code).toBe('invalid_api_key');
  });

  it('transcribes tone words turn by turn with VAD events, deltas and usage', async () => {
    const c = await connect();
    const created = await c.next('session.created');
    expect((created.session as { type: string }).type).toBe('transcription');
    c.send({ type: 'session.update', session: { type: 'transcription', audio: { input: { format: { type: 'audio/pcm', rate: 24000 }, transcription: { model: 'gpt-4o-transcribe' }, turn_detection: { type: 'server_vad', silence_duration_ms: 300, prefix_padding_ms: 0 } } } } });
    const updated = await c.next('session.updated');
    expect(updated.session).toMatchObject({ audio: { input: { transcription: { model: 'gpt-4o-transcribe' }, turn_detection: { silence_duration_ms: 300 } } } });
    appendAll(c.send, pcm16(['alpha', 'bravo']));
    const second = await c.next('conversation.item.input_audio_transcription.completed', (e) => e.transcript === 'bravo');
    const types = c.events.map((e) => e.type);
    expect(types.filter((t) => t === 'input_audio_buffer.speech_started')).toHaveLength(2);
    const started = c.events.filter((e) => e.type === 'input_audio_buffer.speech_started').map((e) => e.audio_start_ms as number);
    expect(started[0]).toBeGreaterThanOrEqual(990);
    expect(started[0]).toBeLessThanOrEqual(1010);
    expect(started[1]).toBeGreaterThanOrEqual(2990);
    const stopped = c.events.find((e) => e.type === 'input_audio_buffer.speech_stopped')!;
    expect(stopped.audio_end_ms).toBeGreaterThanOrEqual(2290);
    expect(stopped.audio_end_ms).toBeLessThanOrEqual(2320);
    const first = c.events.find((e) => e.type === 'conversation.item.input_audio_transcription.completed')!;
    expect(first.transcript).toBe('alpha');
    expect(first.usage).toMatchObject({ type: 'tokens', input_token_details: { audio_tokens: 10 } });
    expect(c.events.some((e) => e.type === 'conversation.item.input_audio_transcription.delta' && e.item_id === second.item_id && e.delta === 'bravo')).toBe(true);
    expect(sim().control.state().realtime).toMatchObject({ open: 1, items: 2 });
    c.ws.close();
  });

  it("reports its own caption latency per turn, from the arrival of a turn's last voiced audio", async () => {
    const c = await connect();
    await c.next('session.created');
    c.send({ type: 'session.update', session: { type: 'transcription', audio: { input: { transcription: { model: 'gpt-4o-transcribe' }, turn_detection: { type: 'server_vad', silence_duration_ms: 300 } } } } });
    await c.next('session.updated');
    const pcm = pcm16(['alpha']);
    const wordEnd = 2 * 48_000;
    appendAll(c.send, pcm.subarray(0, wordEnd));
    // Events are handled in order: the answer to a bad one means the word's audio has arrived.
    c.send({ type: 'no.such.event' });
    await c.next('error');
    // The silence that ends the turn comes 150 ms later, as it would from a microphone.
    await new Promise((r) => setTimeout(r, 150));
    appendAll(c.send, pcm.subarray(wordEnd));
    await c.next('conversation.item.input_audio_transcription.completed');
    const [latency] = sim().control.state().realtime.turnLatencyMs;
    expect(latency).toBeGreaterThanOrEqual(150);
    // The turn's times: the server's own share is its silence hold plus what it took after the VAD fired.
    const [turn] = sim().control.state().realtime.turns;
    expect(turn).toMatchObject({ words: ['alpha'], silenceMs: 300 });
    expect(turn!.stoppedAt - turn!.voicedEndAt).toBeGreaterThanOrEqual(150);
    expect(turn!.firstTextAt).toBeGreaterThanOrEqual(turn!.stoppedAt);
    expect(turn!.completedAt).toBeGreaterThanOrEqual(turn!.firstTextAt);
    c.ws.close();
  });

  it('speaks the beta transcription_session shape when asked with OpenAI-Beta: realtime=v1', async () => {
    const c = await connect({ authorization: `Bearer ${TEST_KEY}`, 'openai-beta': 'realtime=v1' });
    await c.next('transcription_session.created');
    c.send({ type: 'transcription_session.update', session: { input_audio_format: 'pcm16', input_audio_transcription: { model: 'whisper-1' } } });
    const updated = await c.next('transcription_session.updated');
    expect(updated.session).toMatchObject({ input_audio_format: 'pcm16', input_audio_transcription: { model: 'whisper-1' }, turn_detection: { type: 'server_vad' } });
    c.ws.close();
  });

  it('answers bad events with error events in the real shape and keeps the session', async () => {
    const c = await connect();
    await c.next('session.created');
    c.send({ type: 'response.create', event_id: 'evt_1' });
    const err = await c.next('error');
    expect(err.error).toMatchObject({ type: 'invalid_request_error', code: 'invalid_value', param: 'type', event_id: 'evt_1' });
    c.send({ type: 'session.update', session: { type: 'transcription', audio: { input: { transcription: { model: 'gpt-5' } } } } });
    const bad = await c.next('error', (e) => (e.error as { param: string }).param === 'session.audio.input.transcription.model');
    expect((bad.error as { message: string }).message).toContain("Invalid value: 'gpt-5'");
    c.send({ type: 'input_audio_buffer.commit' });
    const empty = await c.next('error', (e) => (e.error as { code: string }).code === 'input_audio_buffer_commit_empty');
    expect((empty.error as { message: string }).message).toContain('buffer too small');
    expect(c.ws.readyState).toBe(WebSocket.OPEN);
    c.ws.close();
  });

  it('drops sessions on command: network loss, server close, expiry, and refuses reconnects for a while', async () => {
    const a = await connect();
    await a.next('session.created');
    expect(sim().control.dropRealtime('reset')).toBeGreaterThanOrEqual(1);
    expect((await a.closed).code).toBe(1006);

    const b = await connect();
    await b.next('session.created');
    sim().control.dropRealtime('expire');
    const expired = await b.next('error');
    expect(expired.error).toMatchObject({ code: 'session_expired' });
    expect(await b.closed).toEqual({ code: 1001, reason: 'Your session hit the maximum duration of 60 minutes.' });

    const c = await connect();
    await c.next('session.created');
    const state = await (await fetch(`${sim().baseUrl.replace('/v1', '')}/__sim/control`, { method: 'POST', body: JSON.stringify({ realtime: { drop: 'close', refuseMs: 60_000 } }) })).json();
    expect(state.realtime.refusing).toBe(true);
    expect(state.realtime.dropped).toBeGreaterThanOrEqual(3);
    expect((await c.closed).code).toBe(1011);
    await expect(connect()).rejects.toThrow(/503/);
  });

  it('expires a session after the maximum duration by itself', async () => {
    sim().control.setRealtimeMaxSession(200);
    const c = await connect();
    await c.next('session.created');
    expect((await c.closed).code).toBe(1001);
  });

  it('issues client secrets that open one pre-configured session', async () => {
    const res = await api(sim(), '/realtime/transcription_sessions', { method: 'POST', body: JSON.stringify({ input_audio_transcription: { model: 'gpt-4o-mini-transcribe' } }) });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.client_secret.value).toMatch(/^ek_/);
    const c = await connect({ authorization: `Bearer ${body.client_secret.value}` });
    const created = await c.next('session.created');
    expect(created.session).toMatchObject({ audio: { input: { transcription: { model: 'gpt-4o-mini-transcribe' } } } });
    c.ws.close();
    await expect(connect({ authorization: `Bearer ${body.client_secret.value}` })).rejects.toThrow(/401/);
    const ga = await api(sim(), '/realtime/client_secrets', { method: 'POST', body: JSON.stringify({ session: { type: 'transcription', audio: { input: { transcription: { model: 'gpt-4o-transcribe' } } } } }) });
    expect((await ga.json()).value).toMatch(/^ek_/);
  });
});
