/**
 * Browser-mode host: `npm start -- --browser [--no-open] [--port N]`. Runs the same core as the
 * desktop app and prints exactly one line starting "Atelier ready: " with the URL to open.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../core/app';
import { resolveDataDir } from '../core/data/location';
import { createFileLogger } from '../core/log';
import { installLastResortHandlers } from '../core/last-resort';
import { startBrowserServer } from './server';

interface Args {
  open: boolean;
  port: number | undefined;
}

export function parseArgs(argv: string[]): Args {
  const args: Args = { open: true, port: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-open') args.open = false;
    else if (a === '--port' || a?.startsWith('--port=')) {
      const raw = a === '--port' ? argv[++i] : a.slice('--port='.length);
      const port = Number(raw);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port needs a number from 0 to 65535 (got "${raw ?? ''}").`);
      args.port = port;
    }
  }
  return args;
}

function openInBrowser(url: string): void {
  const [cmd, ...rest] =
    process.platform === 'darwin' ? ['open', url] : process.platform === 'win32' ? ['cmd', '/c', 'start', '""', url] : ['xdg-open', url];
  try {
    const child = spawn(cmd!, rest, { stdio: 'ignore', detached: true });
    child.on('error', () => process.stderr.write(`Could not open a browser; open this address yourself: ${url}\n`));
    child.unref();
  } catch {
    // The ready line already told the user where to go.
  }
}

async function main(): Promise<void> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const rendererDir = path.join(root, 'out', 'renderer');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error('The app has not been built yet. Run "npm start" (it builds first) or "npm run build:renderer".');
  }
  const args = parseArgs(process.argv.slice(2));
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const location = resolveDataDir();
  fs.mkdirSync(location.dir, { recursive: true, mode: 0o700 });
  const log = createFileLogger({ dir: path.join(location.dir, 'logs') });
  installLastResortHandlers(process, log);
  const core = await createCore({ location, mode: 'browser', version, log });
  const server = await startBrowserServer(core, { rendererDir, port: args.port, log });
  process.stdout.write(`Atelier ready: ${server.url}\n`);
  if (args.open) openInBrowser(server.url);

  const shutdown = async () => {
    await server.close();
    core.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const hint = (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? ' Another program uses that port; pick another with --port N.' : '';
  process.stderr.write(`Atelier could not start: ${message}${hint}\n`);
  process.exit(1);
});
