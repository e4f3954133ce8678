#!/usr/bin/env node
// Runs the e2e suite in two passes: every spec of the `app` project (in parallel), then the `realtime`
// project alone (see playwright.config.ts). Both passes always run; the exit code is non-zero if either failed.
// Extra arguments go to both passes (e.g. `--reporter=line`).
import { spawnSync } from 'node:child_process';

const cli = process.platform === 'win32' ? 'playwright.cmd' : 'playwright';
const extra = process.argv.slice(2);
let failed = false;
for (const project of ['app', 'realtime']) {
  console.log(`\n== e2e: project ${project} ==`);
  const run = spawnSync(cli, ['test', `--project=${project}`, ...extra], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
