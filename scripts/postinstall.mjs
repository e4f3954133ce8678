/**
 * Runs after every `npm install` and never fails it: prints one line saying what it did.
 *
 * The desktop app loads better-sqlite3 inside Electron, whose ABI differs from Node's. Tests and
 * browser mode need Node's build in node_modules/better-sqlite3, so Electron's build is made in a
 * scratch copy and placed in .native/electron/better_sqlite3.node (electron/main passes it to the
 * core as nativeBinding). Where Electron's binary is absent (offline machines) there is nothing
 * to build for, and `npm start` uses browser mode.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NATIVE_ADDON_RELATIVE, electronBinaryPath, electronVersion } from './electron-binary.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ELECTRON_HEADERS = 'https://electronjs.org/headers';
const FETCH_TIMEOUT_MS = 60_000;
const PREBUILT_TIMEOUT_MS = 120_000;
const COMPILE_TIMEOUT_MS = 15 * 60_000;

export const MISSING_LINE = 'Electron binary not installed; desktop app unavailable, `npm start` will use browser mode.';

/** Settings a user's .npmrc may carry (e.g. nodedir) that would build against Node's headers instead. */
const FOREIGN_BUILD_ENV = /^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|target_arch|build_from_source|devdir)$/i;

function cleanEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (FOREIGN_BUILD_ENV.test(key)) delete env[key];
  return env;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** One try at fetching Electron's binary; quick to fail offline, capped at a minute otherwise. */
function tryFetchElectron(root) {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return;
  const installer = path.join(root, 'node_modules', 'electron', 'install.js');
  if (!fs.existsSync(installer)) return;
  spawnSync(process.execPath, [installer], { cwd: path.dirname(installer), stdio: 'ignore', timeout: FETCH_TIMEOUT_MS });
}

function run(command, args, options) {
  const r = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
  return r.status === 0 && !r.error;
}

/**
 * Builds better-sqlite3 for a runtime in a scratch copy: a prebuilt binary first, a compile from
 * source second. Returns how it got the addon, or null. node_modules is never touched.
 */
export function buildAddon({ root = ROOT, runtime, target, arch = process.arch, platform = process.platform, gypArgs = [], dest }) {
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  const prebuild = path.join(root, 'node_modules', 'prebuild-install', 'bin.js');
  const nodeGyp = path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  if (!fs.existsSync(source)) return null;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-native-'));
  try {
    const copy = path.join(work, 'better-sqlite3');
    const ownBuild = path.join(source, 'build');
    fs.cpSync(source, copy, { recursive: true, filter: (p) => p !== ownBuild && !p.startsWith(ownBuild + path.sep) });
    const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
    const env = cleanEnv();
    let via = null;
    if (fs.existsSync(prebuild)) {
      const args = [prebuild, '--runtime', runtime, '--target', target, '--arch', arch, '--platform', platform];
      if (run(process.execPath, args, { cwd: copy, env, timeout: PREBUILT_TIMEOUT_MS }) && fs.existsSync(built)) via = 'prebuilt';
    }
    if (!via && fs.existsSync(nodeGyp)) {
      const args = [nodeGyp, 'rebuild', '--release', `--target=${target}`, `--arch=${arch}`, ...gypArgs];
      if (run(process.execPath, args, { cwd: copy, env, timeout: COMPILE_TIMEOUT_MS }) && fs.existsSync(built)) via = 'compiled';
    }
    if (!via) return null;
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    const partial = `${dest}.partial`;
    fs.copyFileSync(built, partial);
    fs.renameSync(partial, dest);
    return via;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

export function main(root = ROOT) {
  let electron = electronBinaryPath(root);
  if (!electron) {
    tryFetchElectron(root);
    electron = electronBinaryPath(root);
  }
  if (!electron) return MISSING_LINE;

  const version = electronVersion(root);
  const sqliteVersion = readJson(path.join(root, 'node_modules', 'better-sqlite3', 'package.json'))?.version;
  if (!version || !sqliteVersion) return 'Electron or better-sqlite3 looks incomplete in node_modules; desktop database module not built.';
  const dest = path.join(root, NATIVE_ADDON_RELATIVE);
  const stampFile = path.join(path.dirname(dest), 'build.json');
  const wanted = { electron: version, betterSqlite3: sqliteVersion, platform: process.platform, arch: process.arch };
  const stamp = readJson(stampFile);
  if (fs.existsSync(dest) && stamp && Object.entries(wanted).every(([k, v]) => stamp[k] === v)) {
    return `better-sqlite3 for Electron ${version} is up to date in ${path.dirname(NATIVE_ADDON_RELATIVE)}.`;
  }

  const devdir = path.join(os.homedir(), '.electron-gyp');
  const via = buildAddon({ root, runtime: 'electron', target: version, dest, gypArgs: [`--dist-url=${ELECTRON_HEADERS}`, `--devdir=${devdir}`] });
  if (!via) {
    return `Could not build better-sqlite3 for Electron ${version} (no prebuilt binary reachable and compiling failed); \`npm start -- --browser\` still works — rerun \`node scripts/postinstall.mjs\` when online.`;
  }
  fs.writeFileSync(stampFile, `${JSON.stringify(wanted, null, 2)}\n`);
  return `Built better-sqlite3 for Electron ${version} (${via}) into ${path.dirname(NATIVE_ADDON_RELATIVE)}.`;
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  let line;
  try {
    line = main();
  } catch (error) {
    line = `Skipped building the desktop database module (${error instanceof Error ? error.message : String(error)}).`;
  }
  process.stdout.write(`${line}\n`);
  process.exitCode = 0;
}
