import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The renderer build, shared by browser mode and the desktop app (electron.vite.config.ts reuses it). */
export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  build: {
    outDir: path.resolve(here, '../out/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    // Audio worklets load as modules from the app's origin: a data: URL would break the CSP (script-src 'self').
    assetsInlineLimit: (file: string) => (file.endsWith('.worklet.js') ? false : undefined),
  },
  logLevel: 'warn',
});
