/** Shared setup for the simulator's own tests: one simulator per file, reset before each test. */
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startSimulator, type Simulator } from './server';
import type { SimulatorOptions } from './types';

export const TEST_KEY = 'sk-test-simulator-0001';

export function useSimulator(opts: SimulatorOptions = {}): { sim: () => Simulator; client: (o?: Partial<ConstructorParameters<typeof OpenAI>[0]>) => OpenAI } {
  let sim: Simulator | undefined;
  beforeAll(async () => {
    sim = await startSimulator(opts);
  });
  afterAll(async () => {
    await sim?.close();
  });
  beforeEach(() => {
    sim?.control.reset();
  });
  const get = (): Simulator => {
    if (!sim) throw new Error('simulator not started');
    return sim;
  };
  return {
    sim: get,
    client: (o = {}) => new OpenAI({ baseURL: get().baseUrl, apiKey: TEST_KEY, maxRetries: 0, ...o }),
  };
}

/** Raw fetch against the simulator with the test key. */
export function api(sim: Simulator, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${sim.baseUrl}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${TEST_KEY}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
  });
}
