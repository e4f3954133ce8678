import { expect, test } from '@playwright/test';
import { soak } from './faults/run';

/**
 * The fault suite in brief: small counts of each fault, asserting the figures the full
 * `npm run soak` reports. No timing is asserted here; the storm ratio is a figure of the full run.
 */
test.describe('faults (brief)', () => {
  test('bad inputs and contract fuzzing: typed errors only, the host stays up, nothing saved changes', async () => {
    test.setTimeout(600_000);
    const r = await soak({ brief: true, only: ['bad', 'fuzz'], log: () => {} });
    expect(r.samples).toEqual([]);
    expect(r).toMatchObject({ bad_input_crashes: 0, bad_input_untyped: 0, bad_input_saved_changed: 0, fuzz_crashes: 0, fuzz_internal: 0, fuzz_hangs: 0 });
    expect(r.bad_inputs).toBeGreaterThanOrEqual(40);
  });

  test('rate-limit storms from upstreams that count refusals: nothing fails', async () => {
    test.setTimeout(600_000);
    const r = await soak({ brief: true, only: ['storm'], log: () => {} });
    expect(r.storm_failed).toBe(0);
    expect(r.storm_429s).toBeLessThanOrEqual(3);
  });

  test('kill -9 mid-work (transcription, chats, image analysis, image generation) and an upstream outage: every job completes, billed once, nothing lost', async () => {
    test.setTimeout(900_000);
    const r = await soak({ brief: true, only: ['kill', 'outage'], log: () => {} });
    expect(r).toMatchObject({ kill_runs: 1, kill_jobs_incomplete: 0, kill_double_billed: 0, kill_integrity_ok: true, kill_duplicate_segments: 0, outage_lost: 0 });
    expect(r).toMatchObject({ kill_images_analysed: 6, kill_images_generated: 2 }); // the image queues were part of the work
  });
});
