import { test as base, expect, type TestInfo } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { launchApp, type AppProcess } from './app-process';
import { startSimulator, type Simulator } from './simulator/server';

export interface Fixtures {
  /** A simulator of the remote API, fresh for each test. */
  sim: Simulator;
  /** Extra environment for the app; set with test.use({ appEnv: … }). */
  appEnv: Record<string, string | undefined>;
  /** Browser mode, with its own data folder for each test. */
  app: AppProcess;
  /** Browser mode whose default provider (from the environment) is this test's simulator. */
  simApp: AppProcess;
}

/** The key e2e tests give the simulator; the UI may show its last four characters. */
export const E2E_KEY = 'sk-e2e-simulator-key-7a1f';

export const test = base.extend<Fixtures>({
  sim: async ({}, use) => {
    const sim = await startSimulator();
    await use(sim);
    await sim.close();
  },
  appEnv: [{}, { option: true }],
  app: ({ appEnv }, use, testInfo) => withApp(appEnv, use, testInfo),
  simApp: ({ sim, appEnv }, use, testInfo) => withApp({ OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: E2E_KEY, ...appEnv }, use, testInfo),
});

/** One app for one test: stopped after it, its log reported if the test failed, its data folder deleted. */
async function withApp(env: Record<string, string | undefined>, use: (app: AppProcess) => Promise<void>, testInfo: TestInfo): Promise<void> {
  const app = await launchApp({ env });
  await use(app);
  await app.stop();
  await reportOnFailure(app, testInfo);
  fs.rmSync(app.dataDir, { recursive: true, force: true });
}

/** Lines of the app's log printed with a failure: CI keeps only what the run printed, not test-results/. */
const LOG_TAIL_LINES = 60;

/**
 * A failed test keeps what the app said: its output and its log are attached to the report, and the log's
 * last lines are printed, since the data folder (and the log in it) is deleted when the test ends.
 */
async function reportOnFailure(app: AppProcess, testInfo: TestInfo): Promise<void> {
  if (testInfo.status === testInfo.expectedStatus) return;
  await testInfo.attach('app-output.txt', { body: app.output(), contentType: 'text/plain' });
  for (const file of ['atelier.log', 'requests.log']) {
    const at = path.join(app.dataDir, 'logs', file);
    const log = fs.existsSync(at) ? fs.readFileSync(at, 'utf8') : '';
    if (log) await testInfo.attach(file, { body: log, contentType: 'text/plain' });
    const tail = log.trimEnd().split('\n').slice(-LOG_TAIL_LINES).join('\n');
    console.log(`\n── ${file}, last ${LOG_TAIL_LINES} lines (${testInfo.title}) ──\n${tail || '(empty)'}\n`);
  }
}

export { expect };
