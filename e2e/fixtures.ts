import { test as base, expect } from '@playwright/test';
import fs from 'node:fs';
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
  app: async ({ appEnv }, use) => {
    const app = await launchApp({ env: appEnv });
    await use(app);
    await app.stop();
    fs.rmSync(app.dataDir, { recursive: true, force: true });
  },
  simApp: async ({ sim, appEnv }, use) => {
    const app = await launchApp({ env: { OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: E2E_KEY, ...appEnv } });
    await use(app);
    await app.stop();
    fs.rmSync(app.dataDir, { recursive: true, force: true });
  },
});

export { expect };
