/**
 * Contract fuzzing over the browser-mode host's WebSocket: generated payloads for every call (from the
 * zod schemas, see arbitrary.ts) plus raw malformed frames. Counts crashes (the host process died or
 * dropped the socket), `internal` errors and hangs (no answer in time).
 */
import fc from 'fast-check';
import WebSocket from 'ws';
import { CALL_NAMES, calls, type CallName, type WsMessage } from '../../shared/contract';
import type { AppProcess } from '../app-process';
import { anyJson, arbitraryFor } from './arbitrary';

/** Calls whose well-formed input would reach outside the scratch data folder (paths, the network): only malformed input for them. */
const OUTSIDE = new Set<string>(['data.relocate', 'transcription.addWatchFolder', 'transcription.add', 'vision.createBatch', 'vision.addToBatch', 'providers.create', 'providers.update', 'providers.test', 'providers.refreshModels', 'app.notify']);
const HANG_MS = 20_000;

export interface FuzzFigures {
  fuzz_payloads: number;
  fuzz_crashes: number;
  fuzz_internal: number;
  fuzz_hangs: number;
  /** First few internal errors and hangs, for the report. */
  samples: string[];
}

function openSocket(appUrl: string): Promise<WebSocket> {
  const url = new URL(appUrl);
  const ws = new WebSocket(`ws://${url.host}${url.pathname}rpc`, { headers: { Origin: url.origin } });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

const RAW_FRAMES: Array<string | Buffer> = [
  'not json',
  '{',
  '[]',
  'null',
  '42',
  '{"name":"app.info"}',
  '{"id":"seven","name":"app.info","input":{}}',
  '{"id":1.5,"name":"app.info","input":{}}',
  '{"id":-1,"name":"nope.nothing","input":{}}',
  '{"id":2,"name":"__proto__","input":{}}',
  '{"id":3,"name":"constructor","input":{}}',
  '{"id":4,"name":"app.info","input":{"__proto__":{"polluted":true}}}',
  Buffer.from([0xff, 0xfe, 0xfd]),
  `{"id":5,"name":"chat.list","input":${'['.repeat(5000)}${']'.repeat(5000)}}`,
];

/** Sends `count` generated payloads (plus the raw frames) with a few in flight at a time. */
export async function fuzzContract(app: AppProcess, count: number, seed = 42): Promise<FuzzFigures> {
  const figures: FuzzFigures = { fuzz_payloads: 0, fuzz_crashes: 0, fuzz_internal: 0, fuzz_hangs: 0, samples: [] };
  const note = (s: string) => figures.samples.length < 10 && figures.samples.push(s.slice(0, 300));
  const names = CALL_NAMES as string[];
  const pick = fc.integer({ min: 0, max: names.length - 1 });
  const arbs = new Map<string, fc.Arbitrary<unknown>>();
  const arbFor = (name: string) => {
    let a = arbs.get(name);
    if (!a) arbs.set(name, (a = arbitraryFor(calls[name as CallName].input as never)));
    return a;
  };
  const rng = fc.sample(fc.tuple(pick, fc.integer()), { numRuns: count, seed });

  let ws = await openSocket(app.url);
  let nextId = 1;
  const pending = new Map<number, { name: string; timer: NodeJS.Timeout; done: () => void }>();
  const attach = (socket: WebSocket) => {
    socket.on('message', (data) => {
      let m: WsMessage;
      try {
        m = JSON.parse(data.toString()) as WsMessage;
      } catch {
        figures.fuzz_internal++;
        note('unparseable answer');
        return;
      }
      if (m.kind !== 'result') return;
      if (!m.result.ok && m.result.error.code === 'internal') {
        figures.fuzz_internal++;
        note(`internal from ${m.id === null ? 'a raw frame' : (pending.get(m.id)?.name ?? '?')}: ${m.result.error.message}`);
      }
      if (m.id === null) return;
      const p = pending.get(m.id);
      if (p) {
        clearTimeout(p.timer);
        pending.delete(m.id);
        p.done();
      }
    });
    socket.on('error', () => {});
  };
  attach(ws);

  const send = (name: string, frame: string | Buffer, id: number | null) =>
    new Promise<void>((resolve) => {
      figures.fuzz_payloads++;
      if (id === null) {
        ws.send(frame, () => setTimeout(resolve, 5));
        return;
      }
      const timer = setTimeout(() => {
        pending.delete(id);
        figures.fuzz_hangs++;
        note(`hang: ${name} ${String(frame).slice(0, 200)}`);
        resolve();
      }, HANG_MS);
      pending.set(id, { name, timer, done: resolve });
      ws.send(frame);
    });

  const alive = async () => {
    if (app.child.exitCode !== null || app.child.signalCode !== null) return false;
    if (ws.readyState === WebSocket.OPEN) return true;
    figures.fuzz_crashes++;
    note('the socket was dropped');
    ws = await openSocket(app.url);
    attach(ws);
    return true;
  };

  for (const frame of RAW_FRAMES) await send('raw', frame, null);
  const inFlight = new Set<Promise<void>>();
  for (const [index, seedValue] of rng) {
    if (!(await alive())) {
      figures.fuzz_crashes++;
      note('the host process died');
      break;
    }
    const name = names[index]!;
    const schema = calls[name as CallName].input;
    let [input] = fc.sample(arbFor(name), { numRuns: 1, seed: seedValue });
    if (OUTSIDE.has(name) && schema.safeParse(input).success) [input] = fc.sample(anyJson.filter((v) => !schema.safeParse(v).success), { numRuns: 1, seed: seedValue });
    const id = nextId++;
    const p = send(name, JSON.stringify({ id, name, input }), id).finally(() => inFlight.delete(p));
    inFlight.add(p);
    if (inFlight.size >= 8) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  await alive();
  ws.close();
  return figures;
}
