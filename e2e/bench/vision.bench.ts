/**
 * Image analysis benchmark: preparation of a 12-megapixel phone JPEG until its request is ready (p50,
 * with each step and the decode floor under it; `--only vision-prepare` runs this part alone), bytes uploaded
 * against the original files for a set of phone photos, a 500-image batch at a fixed simulator latency
 * and concurrency 8 against the ideal ceil(500 / 8) × latency, and the process's peak RSS during a
 * 2,000-image batch, both batches run by a core in a child process of its own. Test photos are made with sharp (noise over gradients, EXIF with GPS) and kept
 * between runs.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { BUILTIN_RECIPES } from '../../electron/core/features/vision/recipes';
import { estimateItem, prepareAnalysis, visionRequest } from '../../electron/core/features/vision/analyze';
import { jpegDecodeShrink, prepareImage, probeImage, thumbnail } from '../../electron/core/media/image-prepare';
import { phonePhoto } from '../../electron/core/testing/photos';
import { mainProcessEnv } from '../../scripts/process-env.mjs';
import { startSimulator } from '../simulator/server';
import { percentile, round } from './stats';

const CACHE = path.join(os.tmpdir(), 'atelier-bench-vision');
const MODEL = 'gpt-5-mini';
const LATENCY_MS = 500;
const CONCURRENCY = 8;

/** Distinct photos (so none is a cache hit): one base image, each copy with its own noise stripe. */
async function photoFolder(name: string, count: number, width: number, height: number, log: (l: string) => void): Promise<string> {
  const dir = path.join(CACHE, name);
  if (fs.existsSync(dir) && fs.readdirSync(dir).length === count) return dir;
  fs.mkdirSync(dir, { recursive: true });
  log(`making ${count} ${width}×${height} photos (once)…`);
  const base = await sharp(await phonePhoto({ width, height, seed: 7 })).raw().toBuffer();
  for (let i = 0; i < count; i++) {
    const px = Buffer.from(base);
    for (let k = 0; k < 64; k++) px[(i * 9973 + k * 7919) % px.length] = (i * 31 + k) & 255;
    fs.writeFileSync(path.join(dir, `IMG_${String(i).padStart(5, '0')}.jpg`), await sharp(px, { raw: { width, height, channels: 3 } }).jpeg({ quality: 85 }).toBuffer());
  }
  return dir;
}

/**
 * One batch in a child process that runs the core as the app's main process does (the simulator stays
 * here, like a remote API): its wall time from start to done, and its own RSS sampled every 50 ms.
 */
async function runBatch(dir: string, latencyMs: number, log: (l: string) => void): Promise<{ seconds: number; images: number; peakRssMb: number }> {
  const sim = await startSimulator({ routeLatencyMs: { chat: latencyMs }, maxRecordedRequests: 100 });
  try {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'vision-batch-child.ts'), dir, sim.baseUrl, MODEL], {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Started as `npm start` starts the app's main process (scripts/process-env.mjs).
      env: mainProcessEnv(process.env),
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    if (code !== 0) throw new Error(`the batch process failed (${code}): ${err.trim().slice(-2000)}`);
    const r = JSON.parse(out.trim().split('\n').pop()!) as {
      seconds: number;
      cpuSeconds: number;
      images: number;
      state: string;
      peakRssMb: number;
      baseRssMb: number;
      atPeak: { heapTotalMb: number; externalMb: number };
    };
    log(
      `${r.images} images in ${round(r.seconds, 2)} s (${r.state}), ${round(r.cpuSeconds, 1)} s of CPU in the batch process; ` +
        `RSS ${round(r.baseRssMb, 1)} MB before the batch, peak ${round(r.peakRssMb, 1)} MB (V8 heap ${r.atPeak.heapTotalMb} MB, external ${r.atPeak.externalMb} MB)`,
    );
    return r;
  } finally {
    await sim.close();
  }
}

/**
 * p50 of wall and CPU time (every thread of this process: libvips works off the main thread) over `runs`,
 * after one warm-up, and the fastest wall time (what is left when other work on the machine gets in the way least).
 */
async function timed(runs: number, step: () => Promise<unknown>): Promise<{ wall: number; cpu: number; fastest: number }> {
  await step();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await step();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: round(percentile(wall, 50), 1), cpu: round(percentile(cpu, 50), 1), fastest: round(Math.min(...wall), 1) };
}

/**
 * What a person waits for between choosing an image and its request being ready to send: the header
 * read, the decode (at the scale libjpeg can shrink to), orientation, scaling to the model's size, the
 * re-encode without metadata, and the request with its token estimate — prepareAnalysis, as the batch
 * queue and a single analysis call it. The grid thumbnail is not waited for (the queue makes it from the
 * prepared image while the request is out, the preview after it has answered) and is timed apart. Then
 * each step alone, and bare sharp decodes of the same file: the floor under all of it.
 */
async function benchPrepare(file: string, log: (l: string) => void): Promise<Record<string, number>> {
  const stack = { settings: { config: () => ({ priceOverrides: undefined }) } } as unknown as Parameters<typeof prepareAnalysis>[0];
  const recipe = BUILTIN_RECIPES.find((r) => r.id === 'builtin-receipt')!;
  const item = { sourcePath: file, name: 'phone.jpg', crop: null };
  const target = { providerId: 'openai', model: MODEL, detail: 'high' as const };
  const whole = await timed(25, () => prepareAnalysis(stack, item, recipe, target));
  const probe = await probeImage(file, 'phone.jpg');
  const prepared = await prepareImage(file, 'phone.jpg', { model: MODEL, detail: 'high' }, probe);
  const shrink = jpegDecodeShrink(probe, prepared);
  // The decode as preparation does it (read once front to back, an sRGB profile not applied: see icc.ts); it turns the image after scaling it down.
  const decode = (scale: number) => sharp(scale > 1 ? `${file}[shrink=${scale}]` : file, { sequentialRead: true, ignoreIcc: probe.colourProfile === 'srgb' }).raw().toBuffer();
  const steps = {
    probe: await timed(25, () => probeImage(file, 'phone.jpg')),
    image: await timed(25, () => prepareImage(file, 'phone.jpg', { model: MODEL, detail: 'high' })),
    request: await timed(25, async () => [estimateItem(recipe, MODEL, prepared, 'high'), visionRequest(recipe, { dataUrl: `data:${prepared.mime};base64,${prepared.data.toString('base64')}`, ...prepared }, 'high')]),
    thumb: await timed(25, () => thumbnail(prepared.data)),
    decodeScaled: await timed(15, () => decode(shrink)),
    decodeEighth: await timed(15, () => decode(8)),
    decodeFull: await timed(5, () => decode(1)),
  };
  const mb = round(fs.statSync(file).size / 2 ** 20, 1);
  log(
    `prepare 12 MP (${mb} MB, ${probe.colourProfile} profile) for ${MODEL} high → ${prepared.width}×${prepared.height}, ${round(prepared.data.length / 1024, 0)} KB, until the request is ready: ` +
      `p50 ${whole.wall} ms (CPU ${whole.cpu} ms, fastest ${whole.fastest} ms, load average ${os.loadavg()[0]!.toFixed(1)})`,
  );
  log(
    `  steps (p50 wall / CPU ms): prepareImage ${steps.image.wall}/${steps.image.cpu} (of which the header ${steps.probe.wall}/${steps.probe.cpu}; the rest decodes, scales, orients and encodes), ` +
      `request+estimate ${steps.request.wall}/${steps.request.cpu}; not waited for: thumbnail ${steps.thumb.wall}/${steps.thumb.cpu}`,
  );
  log(
    `  bare sharp decodes of the same file (p50 wall / CPU, fastest ms): 1/${shrink} scale (what is used) ${steps.decodeScaled.wall}/${steps.decodeScaled.cpu}, ${steps.decodeScaled.fastest}; ` +
      `1/8 (entropy decoding floor) ${steps.decodeEighth.wall}/${steps.decodeEighth.cpu}, ${steps.decodeEighth.fastest}; full size ${steps.decodeFull.wall}/${steps.decodeFull.cpu}, ${steps.decodeFull.fastest}; ` +
      `fastest prepareImage ${steps.image.fastest}`,
  );
  return {
    vision_prepare_p50_ms: whole.wall,
    vision_prepare_cpu_p50_ms: whole.cpu,
    vision_prepare_image_p50_ms: steps.image.wall,
    vision_prepare_thumb_p50_ms: steps.thumb.wall,
    vision_prepare_decode_floor_ms: steps.decodeScaled.wall,
    vision_prepare_decode_eighth_ms: steps.decodeEighth.wall,
    vision_prepare_decode_full_ms: steps.decodeFull.wall,
  };
}

/** The 12-megapixel phone photo (stored sideways with orientation 6, as phones held upright do), made once. */
async function bigPhoto(): Promise<string> {
  fs.mkdirSync(CACHE, { recursive: true });
  const big = path.join(CACHE, 'phone-12mp.jpg');
  if (!fs.existsSync(big)) fs.writeFileSync(big, await phonePhoto({ width: 4000, height: 3000, seed: 12, orientation: 6 }));
  return big;
}

/** The preparation part alone (`npm run bench -- --only vision-prepare`). */
export async function benchVisionPrepare(log: (line: string) => void): Promise<Record<string, number>> {
  return benchPrepare(await bigPhoto(), log);
}

export async function benchVision(log: (line: string) => void): Promise<Record<string, number>> {
  const results: Record<string, number> = {};

  // --- preparation of a 12-megapixel phone JPEG for the default vision model
  Object.assign(results, await benchPrepare(await bigPhoto(), log));

  // --- bytes uploaded vs the originals, for a set of phone photos (12 MP and 8 MP, both orientations)
  let original = 0;
  let sent = 0;
  for (let i = 0; i < 8; i++) {
    const file = path.join(CACHE, `phone-set-${i}.jpg`);
    if (!fs.existsSync(file)) fs.writeFileSync(file, await phonePhoto({ width: i % 2 ? 3264 : 4000, height: i % 2 ? 2448 : 3000, seed: 100 + i, orientation: i % 3 === 0 ? 6 : 1 }));
    const p = await prepareImage(file, `set-${i}.jpg`, { model: MODEL, detail: 'high' });
    original += p.original.bytes;
    sent += p.data.length;
  }
  results.vision_upload_bytes_ratio = round(sent / original, 4);
  log(`uploaded ${round(sent / 2 ** 20, 2)} MB for ${round(original / 2 ** 20, 1)} MB of originals: ratio ${results.vision_upload_bytes_ratio}`);

  // --- 500 images at a fixed latency, concurrency 8
  const five = await photoFolder('batch-500', 500, 1024, 768, log);
  const run = await runBatch(five, LATENCY_MS, log);
  const ideal = (Math.ceil(run.images / CONCURRENCY) * LATENCY_MS) / 1000;
  results.vision_batch_ratio = round(run.seconds / ideal, 3);
  log(`500-image batch: ${round(run.seconds, 2)} s vs ideal ${ideal} s → ${results.vision_batch_ratio} (load average ${os.loadavg()[0]!.toFixed(1)})`);

  // --- peak RSS during a 2,000-image batch
  const two = await photoFolder('batch-2000', 2000, 1024, 768, log);
  results.vision_peak_rss_mb = round((await runBatch(two, 20, log)).peakRssMb, 1);
  log(`2,000-image batch: peak RSS ${results.vision_peak_rss_mb} MB (load average ${os.loadavg()[0]!.toFixed(1)})`);
  return results;
}
