/**
 * `npm run soak -- --out FILE [--brief] [--only kill,outage,storm,bad,fuzz]`: the fault suite.
 * Writes one JSON object with kill_*, outage_*, storm_*, bad_input*, fuzz_* figures; --brief uses small
 * counts (what `npm test` runs). Figures, not assertions: the test beside it asserts the brief ones.
 */
import fs from 'node:fs';
import path from 'node:path';
import { connectApi } from '../api-client';
import { launchApp } from '../app-process';
import { runStorm, STORM_CASES } from '../bench/storm.bench';
import { badInputs } from './bad-inputs';
import { killRuns, outage } from './crash';
import { fuzzContract } from './fuzz';

export interface SoakOptions {
  brief: boolean;
  only?: string[];
  log?: (line: string) => void;
}

export async function soak({ brief, only, log = console.log }: SoakOptions): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = { brief, node: process.version, at: new Date().toISOString() };
  const want = (name: string) => !only || only.includes(name);
  const samples: string[] = [];

  if (want('storm')) {
    const chats = brief ? 20 : 120;
    const limit = brief ? 5 : 30;
    const windowMs = brief ? 1_000 : 10_000;
    let failed = 0;
    let ratio = 0;
    let refusals = 0;
    for (const [name, upstream] of Object.entries(STORM_CASES)) {
      const scaled = upstream.window ? { ...upstream, window: { ...upstream.window, requests: limit, ms: windowMs } } : { requestsPerSecond: (limit * 1000) / windowMs, burst: limit };
      const f = await runStorm({ chats, limit, windowMs, upstream: scaled });
      log(`storm ${name}: failed ${f.failed}, ratio ${f.ratio}, 429s ${f.refusals} (at most ${f.maxRefusalsPerWindow} per window)`);
      failed += f.failed;
      ratio = Math.max(ratio, f.ratio);
      refusals = Math.max(refusals, f.refusals);
    }
    Object.assign(results, { storm_failed: failed, storm_ratio: ratio, storm_429s: refusals });
  }

  if (want('bad') || want('fuzz')) {
    const app = await launchApp({ timeoutMs: 120_000 });
    const api = await connectApi(app.url);
    try {
      await api.value('chat.create', { title: 'saved before the bad inputs' });
      if (want('bad')) {
        const b = await badInputs(app, api);
        log(`bad inputs: ${b.bad_inputs}, crashes ${b.bad_input_crashes}, untyped ${b.bad_input_untyped}, saved changed ${b.bad_input_saved_changed}`);
        samples.push(...b.samples);
        const { samples: _, ...figures } = b;
        Object.assign(results, figures);
      }
      if (want('fuzz')) {
        const z = await fuzzContract(app, brief ? 400 : 10_000);
        log(`fuzz: ${z.fuzz_payloads} payloads, crashes ${z.fuzz_crashes}, internal ${z.fuzz_internal}, hangs ${z.fuzz_hangs}`);
        samples.push(...z.samples);
        const { samples: _, ...figures } = z;
        Object.assign(results, figures);
      }
    } finally {
      api.close();
      await app.stop();
      fs.rmSync(app.dataDir, { recursive: true, force: true });
    }
  }

  if (want('kill')) {
    const k = await killRuns(brief ? 1 : 10, brief ? 120 : 900);
    log(`kill -9: ${k.kill_runs} runs, incomplete ${k.kill_jobs_incomplete}, double billed ${k.kill_double_billed}, integrity ${k.kill_integrity_ok ? 'ok' : 'BROKEN'}, duplicate segments ${k.kill_duplicate_segments}, images analysed ${k.kill_images_analysed}, generated ${k.kill_images_generated}`);
    samples.push(...k.samples);
    const { samples: _, ...figures } = k;
    Object.assign(results, figures);
  }

  if (want('outage')) {
    const o = await outage(brief ? 5_000 : 60_000, brief ? 120 : 900);
    log(`outage: lost ${o.outage_lost}, work sent again ${o.outage_resume_s} s after the network returned, first answer after ${o.outage_first_answer_s} s`);
    samples.push(...o.samples);
    Object.assign(results, { outage_lost: o.outage_lost, outage_resume_s: o.outage_resume_s, outage_first_answer_s: o.outage_first_answer_s });
  }
  results.samples = samples;
  return results;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  const out = path.resolve(arg('out') ?? 'e2e/faults/results.json');
  soak({ brief: process.argv.includes('--brief'), only: arg('only')?.split(',') })
    .then((results) => {
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
      console.log(`Results written to ${out}`);
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
