import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './app-process';

export { HOST_BUNDLE_ENV } from './app-process';

/**
 * The browser-mode host as one ES module, for the e2e launches (e2e/global-setup.ts builds it once per run).
 *
 * `node --import tsx electron/server/main.ts` sends each of the host's ~180 source files through tsx's module
 * hooks at every launch: about 1.5–2.5 s of a 3–4 s start on a 2-core machine, paid ~100 times per run. The
 * bundle is the same source, transformed by the same esbuild tsx uses, once. Packages stay external, so
 * better-sqlite3 and sharp load their native addons from node_modules as they do under tsx, and the bundle
 * sits two folders below the root like electron/server/main.ts, so the paths main.ts derives from
 * import.meta.url (the root, out/renderer, package.json) and the createRequire lookups (ffmpeg, ffprobe,
 * gpt-tokenizer) resolve exactly as in `npm start`.
 */
export const HOST_BUNDLE = path.join(ROOT, 'out', 'e2e-host', 'main.mjs');

/**
 * Builds HOST_BUNDLE from the current source (under a second) and returns its path. Each file is written
 * beside its place and renamed into it, so a run that starts while another is launching apps from the same
 * folder never hands one of them a half-written bundle.
 */
export async function buildHostBundle(): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [path.join(ROOT, 'electron', 'server', 'main.ts')],
    outfile: HOST_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // Stack traces in a failing test's app log name the .ts files (launchApp passes --enable-source-maps).
    sourcemap: true,
    write: false,
    logLevel: 'warning',
  });
  fs.mkdirSync(path.dirname(HOST_BUNDLE), { recursive: true });
  for (const file of outputFiles) {
    const partial = `${file.path}.${process.pid}.partial`;
    fs.writeFileSync(partial, file.contents);
    fs.renameSync(partial, file.path);
  }
  return HOST_BUNDLE;
}
