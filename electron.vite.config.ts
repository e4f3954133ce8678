/**
 * Builds the desktop app: main (ESM, dependencies loaded from node_modules at run time), preload
 * (one self-contained CommonJS file, as sandboxed preloads cannot load modules), and the renderer
 * with exactly the settings browser mode uses (renderer/vite.config.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import renderer from './renderer/vite.config';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: path.join(root, 'out/main'),
      lib: { entry: path.join(root, 'electron/main/index.ts') },
      // Native and heavy packages (better-sqlite3, sharp, @napi-rs/keyring, openai, …) stay in
      // node_modules: package.json "dependencies" are externalized, devDependencies bundled.
      externalizeDeps: true,
      rolldownOptions: { output: { entryFileNames: 'index.js' } },
      sourcemap: true,
    },
  },
  preload: {
    build: {
      outDir: path.join(root, 'out/preload'),
      lib: { entry: path.join(root, 'electron/preload/index.ts') },
      // A sandboxed preload may require only 'electron': bundle shared/ and zod into it.
      externalizeDeps: false,
      rolldownOptions: {
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
      sourcemap: true,
    },
  },
  renderer: {
    ...renderer,
    root: path.join(root, 'renderer'),
    build: {
      ...renderer.build,
      outDir: path.join(root, 'out/renderer'),
      rolldownOptions: { input: path.join(root, 'renderer/index.html') },
    },
  },
});
