/**
 * tsx e2e/simulator/cli.ts [--port N] [--rps 10 --burst 10] [--rpm N] [--tpm N] [--latency MS]
 *                          [--chunk-delay MS] [--keys sk-a,sk-b] [--no-retry-after] [--demo] [--stream-mode sse|json|sse-no-usage]
 *                          [--window fixed|sliding --window-requests N --window-ms MS] [--count-refused]
 *                          [--retry-after both|seconds|none] [--reset-precision ms|s] [--demo-recording FILE]
 * Prints "Simulator ready: http://127.0.0.1:PORT/v1", then serves until SIGINT/SIGTERM. With --demo-recording,
 * first writes the demo meeting's audio there (unless it exists) and prints "Demo recording: PATH".
 */
import { parseArgs } from 'node:util';
import { writeDemoRecording } from './audio/demo-meeting';
import { startSimulator } from './server';
import { STREAM_MODES, type RateLimits, type SimulatorOptions, type StreamMode } from './types';

function fail(message: string): never {
  process.stderr.write(`simulator: ${message}\n`);
  process.exit(2);
}

function num(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) fail(`--${name} needs a non-negative number, got "${raw}"`);
  return n;
}

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(raw)) fail(`--${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      rps: { type: 'string' },
      burst: { type: 'string' },
      rpm: { type: 'string' },
      tpm: { type: 'string' },
      latency: { type: 'string' },
      'chunk-delay': { type: 'string' },
      keys: { type: 'string' },
      'no-retry-after': { type: 'boolean', default: false },
      demo: { type: 'boolean', default: false },
      'demo-recording': { type: 'string' },
      'stream-mode': { type: 'string', default: 'sse' },
      window: { type: 'string' },
      'window-requests': { type: 'string' },
      'window-ms': { type: 'string' },
      'count-refused': { type: 'boolean', default: false },
      'retry-after': { type: 'string' },
      'reset-precision': { type: 'string' },
    },
    strict: true,
  });
  const limits: RateLimits = {};
  const rps = num('rps', values.rps);
  const burst = num('burst', values.burst);
  const rpm = num('rpm', values.rpm);
  const tpm = num('tpm', values.tpm);
  if (rps !== undefined) limits.requestsPerSecond = rps;
  if (burst !== undefined) limits.burst = burst;
  if (rpm !== undefined) limits.requestsPerMinute = rpm;
  if (tpm !== undefined) limits.tokensPerMinute = tpm;
  const streamMode = values['stream-mode'] as StreamMode;
  if (!(STREAM_MODES as readonly string[]).includes(streamMode)) {
    process.stderr.write(`simulator: --stream-mode must be one of ${STREAM_MODES.join(', ')}\n`);
    process.exit(2);
  }
  if (values.window !== undefined) {
    const kind = oneOf('window', values.window, ['fixed', 'sliding'] as const);
    const requests = num('window-requests', values['window-requests']);
    const ms = num('window-ms', values['window-ms']);
    if (!requests || !ms) fail('--window needs --window-requests N and --window-ms MS (both > 0)');
    limits.window = { kind, requests, ms };
  }
  if (values['count-refused']) limits.countRefused = true;
  if (values['retry-after'] !== undefined) limits.retryAfter = oneOf('retry-after', values['retry-after'], ['both', 'seconds', 'none'] as const);
  if (values['reset-precision'] !== undefined) limits.resetPrecision = oneOf('reset-precision', values['reset-precision'], ['ms', 's'] as const);
  const opts: SimulatorOptions = {
    port: num('port', values.port) ?? 0,
    limits,
    latencyMs: num('latency', values.latency) ?? 0,
    ...(values['chunk-delay'] !== undefined ? { streamChunkDelayMs: num('chunk-delay', values['chunk-delay']) } : {}),
    retryAfterHeaders: !values['no-retry-after'],
    streamMode,
    demo: values.demo,
  };
  if (values.keys) opts.keys = values.keys.split(',').map((k) => k.trim()).filter(Boolean);

  if (values['demo-recording']) process.stdout.write(`Demo recording: ${await writeDemoRecording(values['demo-recording'])}\n`);
  const sim = await startSimulator(opts);
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void sim.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.stdout.write(`Simulator ready: ${sim.baseUrl}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`simulator: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
