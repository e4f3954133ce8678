#!/usr/bin/env node
// Runs the e2e suite in two passes: every spec of the `app` project (in parallel), then the `realtime`
// project alone (see playwright.config.ts). Both passes always run; the exit code is non-zero if either failed.
// Extra arguments go to both passes (e.g. `--reporter=line`).
import { spawnSync } from 'node:child_process';
import os from 'node:os';

/** Share of the CPUs' time spent idle over the next `ms`. */
function idleShare(ms) {
  const total = () => os.cpus().reduce((acc, c) => ({ idle: acc.idle + c.times.idle, all: acc.all + Object.values(c.times).reduce((a, b) => a + b, 0) }), { idle: 0, all: 0 });
  const before = total();
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  const after = total();
  return (after.idle - before.idle) / Math.max(1, after.all - before.all);
}

/**
 * Chromium's fake microphone plays its file in real time, and a starved capture thread garbles it before the
 * page hears it. The first pass's last apps, browsers and reports can still be finishing: wait (at most a
 * minute) until the CPUs are mostly idle before the live-audio pass starts.
 */
function waitForQuiet(minIdle = 0.8, maxMs = 60_000) {
  const started = Date.now();
  let idle = idleShare(1000);
  while (idle < minIdle && Date.now() - started < maxMs) idle = idleShare(1000);
  console.log(`(waited ${((Date.now() - started) / 1000).toFixed(0)} s for a quiet machine: ${Math.round(idle * 100)}% idle)`);
}

const cli = process.platform === 'win32' ? 'playwright.cmd' : 'playwright';
const extra = process.argv.slice(2);
let failed = false;
for (const project of ['app', 'realtime']) {
  console.log(`\n== e2e: project ${project} ==`);
  if (project === 'realtime') waitForQuiet();
  const run = spawnSync(cli, ['test', `--project=${project}`, ...extra], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
