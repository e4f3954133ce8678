/**
 * The usual frame of a core test file that talks to the simulator: one simulator for the file; after each
 * test, what the test built (a temp core, a test pipeline) is disposed and the simulator's faults, limits
 * and recorded requests are reset. Call it at the top of the file (or of a describe block).
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startSimulator, type Simulator } from '../../../e2e/simulator/server';

export function simulatorPerFile(ready: (sim: Simulator) => void, built: () => { dispose(): void } | undefined): void {
  let sim: Simulator | undefined;
  beforeAll(async () => {
    sim = await startSimulator();
    ready(sim);
  });
  afterAll(() => sim?.close());
  afterEach(() => {
    built()?.dispose();
    sim?.control.reset();
  });
}
