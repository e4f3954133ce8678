/**
 * `npm start`: the desktop app where Electron's binary is installed, else browser mode.
 * `npm start -- --browser [--no-open] [--port N]` forces browser mode.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureRendererBuilt } from './build-renderer.mjs';
import { electronAddonPath, electronBinaryPath } from './electron-binary.mjs';
import { mainProcessEnv } from './process-env.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser');
const rest = args.filter((a) => a !== '--browser');

function run(command, commandArgs) {
  // The main process (Electron's, or Node's in browser mode) starts with the allocator settings of process-env.mjs.
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env: mainProcessEnv(process.env) });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

// The desktop app needs both Electron and better-sqlite3 built for Electron's ABI (postinstall makes it).
const binary = forceBrowser ? null : electronBinaryPath();
const electron = binary && electronAddonPath() ? binary : null;
if (electron) {
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    process.stderr.write(`${build.stdout}${build.stderr}\nThe desktop app failed to build (see above).\n`);
    process.exit(1);
  }
  run(electron, ['.', ...rest]);
} else {
  if (!forceBrowser) {
    process.stderr.write(
      binary
        ? 'better-sqlite3 has not been built for Electron yet (run "npm install" with network access), so Atelier runs in browser mode.\n'
        : "Electron's binary is not installed on this machine, so Atelier runs in browser mode.\n",
    );
  }
  ensureRendererBuilt(root);
  run(process.execPath, ['--import', 'tsx', path.join('electron', 'server', 'main.ts'), ...rest]);
}
