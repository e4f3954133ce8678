/**
 * `npm run bench [-- --out FILE] [--only pipeline]` (or a part of a suite: `--only vision-prepare`, `--only chat-rich`): benchmarks against the simulator on loopback,
 * written as one JSON object. Separate from `npm test`: speed is measured here, never asserted there.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchBurst, benchCacheHit, benchOverhead } from './pipeline.bench';
import { benchChat, benchChatRich } from './chat.bench';
import { benchLive } from './live.bench';
import { benchSearch } from './search.bench';
import { benchStorm } from './storm.bench';
import { benchStudio } from './studio.bench';
import { benchTranscription } from './transcription.bench';
import { benchVision, benchVisionPrepare } from './vision.bench';

const SUITES: Record<string, (log: (l: string) => void) => Promise<Record<string, number>>> = {
  overhead: benchOverhead,
  cache: benchCacheHit,
  burst: benchBurst,
  storm: benchStorm,
  search: benchSearch,
  chat: benchChat,
  transcription: benchTranscription,
  studio: benchStudio,
  vision: benchVision,
  live: benchLive,
};

/** Parts of a suite above, run only when named (`--only vision-prepare`): quick to repeat while working on one figure. */
const PARTS: Record<string, (log: (l: string) => void) => Promise<Record<string, number>>> = {
  'vision-prepare': benchVisionPrepare,
  'chat-rich': benchChatRich,
};

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
}

async function main() {
  const out = path.resolve(arg('out') ?? 'e2e/bench/results.json');
  // `--only pipeline` names the three pipeline suites together (they were one suite once; the issue still calls them that).
  const only = arg('only')?.split(',').flatMap((name) => (name === 'pipeline' ? ['overhead', 'cache', 'burst'] : [name]));
  const results: Record<string, unknown> = {
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    at: new Date().toISOString(),
  };
  for (const [name, suite] of [...Object.entries(SUITES), ...Object.entries(PARTS)]) {
    if (only ? !only.includes(name) : name in PARTS) continue;
    console.log(`— ${name}`);
    Object.assign(results, await suite((line) => console.log(`  ${line}`)));
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Results written to ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
