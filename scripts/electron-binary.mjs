/**
 * Where Electron's binary is, without require('electron'): that module downloads the binary on
 * first use, which hangs or throws on an offline machine. `npm start`, the postinstall step and
 * the Electron e2e spec use this to decide between the desktop app and browser mode.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where scripts/postinstall.mjs puts better-sqlite3 built for Electron's ABI (dev only). */
export const NATIVE_ADDON_RELATIVE = path.join('.native', 'electron', 'better_sqlite3.node');

function platformExecutable(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function readText(file) {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

/**
 * Absolute path of the Electron executable, or null when it is not installed. Mirrors
 * node_modules/electron/index.js: path.txt names the file under dist/, and
 * ELECTRON_OVERRIDE_DIST_PATH points at another dist folder.
 */
export function electronBinaryPath(root = ROOT, env = process.env, platform = process.platform) {
  const pkgDir = path.join(root, 'node_modules', 'electron');
  const relative = readText(path.join(pkgDir, 'path.txt'));
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? path.join(override, relative || platformExecutable(platform))
    : relative
      ? path.join(pkgDir, 'dist', relative)
      : null;
  return candidate && isFile(candidate) ? candidate : null;
}

/** The installed Electron's version: dist/version when the binary is there, else the npm package's. */
export function electronVersion(root = ROOT) {
  const pkgDir = path.join(root, 'node_modules', 'electron');
  const dist = readText(path.join(pkgDir, 'dist', 'version'));
  if (dist) return dist.replace(/^v/, '');
  try {
    return JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version ?? null;
  } catch {
    return null;
  }
}

/** better-sqlite3 built for Electron, or null (then the desktop app cannot open its database). */
export function electronAddonPath(root = ROOT) {
  const file = path.join(root, NATIVE_ADDON_RELATIVE);
  return isFile(file) ? file : null;
}
