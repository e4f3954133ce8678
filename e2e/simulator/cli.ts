/**
 * tsx e2e/simulator/cli.ts [--port N] [--rps 10 --burst 10] [--rpm N] [--tpm N] [--latency MS]
 *                          [--chunk-delay MS] [--keys sk-a,sk-b] [--no-retry-after] [--stream-mode sse|json|sse-no-usage]
 * Prints exactly one line, "Simulator ready: http://127.0.0.1:PORT/v1", then serves until SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { startSimulator } from './server';
import { STREAM_MODES, type RateLimits, type SimulatorOptions, type StreamMode } from './types';

function num(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) {
    process.stderr.write(`simulator: --${name} needs a non-negative number, got "${raw}"\n`);
    process.exit(2);
  }
  return n;
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
      'stream-mode': { type: 'string', default: 'sse' },
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
  const opts: SimulatorOptions = {
    port: num('port', values.port) ?? 0,
    limits,
    latencyMs: num('latency', values.latency) ?? 0,
    streamChunkDelayMs: num('chunk-delay', values['chunk-delay']) ?? 0,
    retryAfterHeaders: !values['no-retry-after'],
    streamMode,
  };
  if (values.keys) opts.keys = values.keys.split(',').map((k) => k.trim()).filter(Boolean);

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
