/**
 * One image-analysis batch in a process of its own, as the app's main process runs it: a core over a
 * fresh data folder, pointed at a simulator that runs in the parent. Its own RSS is sampled every 50 ms.
 * Usage: tsx e2e/bench/vision-batch-child.ts <folder> <simulator base URL> <model>
 * Prints one JSON line: { seconds, cpuSeconds (this process's user + system CPU during the batch), images, state, peakRssMb, atPeak (heap and external at the peak), baseRssMb and baseHeapMb (core started, before the batch), endHeapMb, endExternalMb }.
 */
import { createTempCore } from '../../electron/core/testing/temp-core';
import type { BatchDetail, BatchView } from '../../shared/contract';

async function main(): Promise<void> {
  const [dir, baseUrl, model] = process.argv.slice(2) as [string, string, string];
  let peak = 0;
  /** V8's heap and Node's external memory when RSS peaked: what is JavaScript and what is native (libvips, malloc). */
  let atPeak = { heapTotalMb: 0, externalMb: 0 };
  const sample = () => {
    const rss = process.memoryUsage.rss() / 2 ** 20;
    if (rss <= peak) return;
    peak = rss;
    const m = process.memoryUsage();
    atPeak = { heapTotalMb: Math.round(m.heapTotal / 2 ** 20), externalMb: Math.round(m.external / 2 ** 20) };
  };
  const timer = setInterval(sample, 50);
  const temp = await createTempCore({ OPENAI_BASE_URL: baseUrl, OPENAI_API_KEY: 'sk-bench-vision-0000' });
  try {
    await temp.call('providers.refreshModels', { id: 'env' });
    const baseRssMb = process.memoryUsage.rss() / 2 ** 20;
    const baseHeapMb = Math.round(process.memoryUsage().heapTotal / 2 ** 20);
    const d = await temp.call<BatchDetail>('vision.createBatch', { paths: [dir], recipeId: 'builtin-tag' });
    sample();
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    await temp.call<BatchView>('vision.start', { batchId: d.batch.id, recipeId: 'builtin-tag', model: { providerId: 'env', model }, detail: 'low' });
    for (;;) {
      // The screen's own poll: the batch list once a second while a batch runs.
      await new Promise((r) => setTimeout(r, 250));
      const b = (await temp.call<BatchView[]>('vision.batches', {})).find((x) => x.id === d.batch.id)!;
      if (['done', 'failed', 'cancelled', 'stopped_budget', 'interrupted'].includes(b.state)) {
        sample();
        const m = process.memoryUsage();
        const mb = (n: number) => Math.round(n / 2 ** 20);
        const cpu = process.cpuUsage(cpu0);
        process.stdout.write(
          `${JSON.stringify({ seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, images: b.counts.done, state: b.state, peakRssMb: peak, atPeak, baseRssMb, baseHeapMb, endHeapMb: mb(m.heapUsed), endExternalMb: mb(m.external) })}\n`,
        );
        return;
      }
    }
  } finally {
    clearInterval(timer);
    temp.dispose();
  }
}

void main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  },
);
