/**
 * Image studio benchmark:
 * - studio_tiers_p50_ms: original + WebP preview + thumbnail, stored by content hash, for a 1536 × 1024 PNG.
 * - gallery_open_ms: a gallery of 5,000 images, from clicking "Image studio" in the sidebar of a freshly
 *   loaded window until the first thumbnail is decoded and painted (browser mode, Debian's Chromium, the
 *   real core); gallery_reopen_ms: the same after moving to Chat and back (the studio's data in memory).
 * - gallery_fps: frames per second counted with requestAnimationFrame while the grid scrolls through
 *   all 5,000 (headless Chromium runs rAF at 60 Hz, the ceiling).
 * - studio_queue_ratio: 50 queued generations at a fixed simulator latency; wall time ÷ the ideal
 *   (ceil(50 / concurrency) × latency).
 */
import { chromium } from '@playwright/test';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { openDatabase } from '../../electron/core/db/connection';
import { runMigrations } from '../../electron/core/db/migrate';
import { createMediaRepo } from '../../electron/core/db/repos/media';
import { createStudioRepo } from '../../electron/core/db/repos/studio';
import { storeTiers } from '../../electron/core/features/studio/images';
import { createMediaStore } from '../../electron/core/media/store';
import { createTempCore } from '../../electron/core/testing/temp-core';
import type { GenerationView } from '../../shared/contract';
import { connectApi } from '../api-client';
import { launchApp } from '../app-process';
import { startSimulator } from '../simulator/server';
import { percentile, round } from './stats';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];
const GALLERY = 5000;
const QUEUED = 50;
const LATENCY_MS = 1000;
const CONCURRENCY = 4;

/** A photo-like 1536 × 1024 PNG (smooth gradients plus noise, so it compresses like a real image). */
async function samplePng(seed: number): Promise<Buffer> {
  const w = 1536;
  const h = 1024;
  const raw = Buffer.alloc(w * h * 3);
  let s = seed * 2654435761;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      s = (s * 1103515245 + 12345) >>> 0;
      const n = (s >>> 24) & 15;
      const i = (y * w + x) * 3;
      raw[i] = ((x * 255) / w + n) & 255;
      raw[i + 1] = ((y * 255) / h + n) & 255;
      raw[i + 2] = ((x + y) / 10 + seed * 7 + n) & 255;
    }
  }
  return sharp(raw, { raw: { width: w, height: h, channels: 3 } }).png().toBuffer();
}

function openStore(dir: string) {
  const db = openDatabase(path.join(dir, 'atelier.db'));
  runMigrations(db);
  return { db, media: createMediaStore(path.join(dir, 'media'), createMediaRepo(db)), repo: createStudioRepo(db) };
}

/** Wall time p50, plus the CPU time the process spent (all threads): on a busy machine the CPU figure shows the work itself. */
async function benchTiers(log: (l: string) => void): Promise<{ p50: number; cpuP50: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-bench-tiers-'));
  const { db, media } = openStore(dir);
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 25; i++) {
    const png = await samplePng(i);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await storeTiers(media, png, `bench-${i}`);
    const c = process.cpuUsage(c0);
    if (i >= 3) {
      samples.push(performance.now() - t0);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  const p50 = round(percentile(samples, 50), 1);
  const cpuP50 = round(percentile(cpu, 50), 1);
  log(`storage tiers for a 1536×1024 PNG: p50 ${p50} ms, p95 ${round(percentile(samples, 95), 1)} ms (CPU time p50 ${cpuP50} ms, load average ${os.loadavg()[0]!.toFixed(1)})`);
  return { p50, cpuP50 };
}

/** A data folder holding 5,000 reviewed outputs (a few real image files shared between them). */
async function seedGallery(dir: string): Promise<void> {
  const { db, media, repo } = openStore(dir);
  const tiers = await Promise.all(Array.from({ length: 8 }, async (_, i) => storeTiers(media, await samplePng(100 + i), `seed-${i}`)));
  const params = { n: 1, size: '1536x1024', quality: 'low' as const, partialImages: 0 };
  for (let g = 0; g < GALLERY; g++) {
    const id = crypto.randomUUID();
    repo.insertGeneration({
      id, kind: 'generate', providerId: 'env', model: 'gpt-image-2', prompt: `Product shot ${g}: a ceramic lamp, variant ${g % 37}`, params, inputs: [], maskHash: null,
      editedFrom: null, variationOf: null, template: null, brandId: null, boardId: null, estimateMicros: 1000,
    });
    const t = tiers[g % tiers.length]!;
    repo.finishGeneration(id, 'req', 1000, [{ id: crypto.randomUUID(), generationId: id, idx: 0, ...t, costMicros: 1000, boardId: null }], 'seed');
  }
  db.close();
}

async function benchGallery(log: (l: string) => void): Promise<{ openMs: number; reopenMs: number; fps: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-bench-gallery-'));
  await seedGallery(dir);
  const sim = await startSimulator();
  const app = await launchApp({ dataDir: dir, env: { OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: 'sk-bench-studio-0000' } });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const client = await connectApi(app.url);
    await client.value('settings.update', { onboardingDone: true });
    client.close();
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const opens: number[] = [];
    const reopens: number[] = [];
    const clickStudio = async (): Promise<number> => {
      // Painted means the first thumbnail is decoded and on screen, not only its empty <img> box.
      const painted = page.evaluate(`new Promise((resolve) => {
        const t0 = performance.now();
        function tick() {
          const img = document.querySelector('.st-card img');
          if (img && img.complete && img.naturalWidth > 0) requestAnimationFrame(() => resolve(performance.now() - t0));
          else requestAnimationFrame(tick);
        }
        requestAnimationFrame(tick);
      })`) as Promise<number>;
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Image studio', exact: true }).click();
      return painted;
    };
    for (let i = 0; i < 6; i++) {
      // Cold: the window was just loaded, so nothing of the studio is in memory (the first open of a session).
      await page.goto(`${app.url}#/chat`);
      await page.reload();
      await page.locator('[data-app-state="ready"]').waitFor();
      const cold = await clickStudio();
      // Warm: back to chat and again, as when moving between screens.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chat', exact: true }).click();
      await page.locator('.st-grid').waitFor({ state: 'detached' });
      const warm = await clickStudio();
      if (i > 0) {
        opens.push(cold);
        reopens.push(warm);
      }
    }
    const openMs = round(percentile(opens, 50), 1);
    const reopenMs = round(percentile(reopens, 50), 1);
    log(`gallery of ${GALLERY}: first open in a session ${openMs} ms, reopened ${reopenMs} ms (p50 of ${opens.length}, first thumbnail painted; load average ${os.loadavg()[0]!.toFixed(1)})`);
    const fps = await page.evaluate(
      `new Promise((resolve) => {
        const grid = document.querySelector('[data-testid="gallery"]');
        const end = grid.scrollHeight - grid.clientHeight;
        const start = performance.now();
        let frames = 0;
        const step = (now) => {
          frames++;
          const t = (now - start) / 4000;
          grid.scrollTop = Math.min(end, t * end);
          if (t < 1) requestAnimationFrame(step);
          else resolve(frames / ((now - start) / 1000));
        };
        requestAnimationFrame(step);
      })`,
    );
    log(`scrolling through ${GALLERY} images: ${round(fps as number, 1)} fps`);
    return { openMs, reopenMs, fps: round(fps as number, 1) };
  } finally {
    await browser.close();
    await app.stop();
    await sim.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function benchQueue(log: (l: string) => void): Promise<number> {
  const sim = await startSimulator({ routeLatencyMs: { 'images.generations': LATENCY_MS } });
  const temp = await createTempCore({ OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: 'sk-bench-studio-0000' });
  try {
    await temp.call('providers.refreshModels', { id: 'env' });
    const t0 = performance.now();
    const ids: string[] = [];
    for (let i = 0; i < QUEUED; i++) {
      const r = await temp.call<{ generation: GenerationView }>('studio.generate', {
        providerId: 'env', model: 'gpt-image-2', prompt: `Queued generation ${i}`, params: { n: 1, size: '1024x1024', quality: 'low', partialImages: 0 }, confirmed: true,
      });
      ids.push(r.generation.id);
    }
    for (;;) {
      const list = await temp.call<GenerationView[]>('studio.generations', { limit: 100 });
      if (list.filter((g) => ids.includes(g.id)).every((g) => g.state === 'done' || g.state === 'failed')) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const wall = performance.now() - t0;
    const ideal = Math.ceil(QUEUED / CONCURRENCY) * LATENCY_MS;
    const ratio = round(wall / ideal, 3);
    log(`${QUEUED} generations at ${LATENCY_MS} ms latency, ${CONCURRENCY} at a time: ${Math.round(wall)} ms, ideal ${ideal} ms, ratio ${ratio}`);
    return ratio;
  } finally {
    temp.dispose();
    await sim.close();
  }
}

export async function benchStudio(log: (l: string) => void): Promise<Record<string, number>> {
  const tiers = await benchTiers(log);
  const queue = await benchQueue(log);
  const gallery = await benchGallery(log);
  return { studio_tiers_p50_ms: tiers.p50, studio_tiers_cpu_p50_ms: tiers.cpuP50, gallery_open_ms: gallery.openMs, gallery_reopen_ms: gallery.reopenMs, gallery_fps: gallery.fps, studio_queue_ratio: queue };
}
