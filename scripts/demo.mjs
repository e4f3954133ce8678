/**
 * `npm run demo`: the simulator plus the app, no API key needed. Demo data lives in its own folder
 * (ATELIER_DATA_DIR overrides) so it never mixes with real work.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const READY = 'Simulator ready: ';
const RECORDING = 'Demo recording: ';
const dataDir = process.env.ATELIER_DATA_DIR ?? path.join(os.homedir(), '.atelier-demo');
// A short three-person meeting, generated once with the bundled ffmpeg; the app queues it on first start.
const demoRecording = path.join(dataDir, 'Demo recordings', 'Weekly product sync.m4a');

const sim = spawn(process.execPath, ['--import', 'tsx', path.join('e2e', 'simulator', 'cli.ts'), '--port', '0', '--demo', '--demo-recording', demoRecording], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
});
let buffered = '';
sim.stdout.on('data', (chunk) => {
  buffered += chunk.toString();
  const lines = buffered.split('\n');
  const line = lines.find((l) => l.startsWith(READY));
  if (!line || app) return;
  const recording = lines.find((l) => l.startsWith(RECORDING))?.slice(RECORDING.length).trim();
  startApp(line.slice(READY.length).trim(), recording);
});
sim.on('exit', (code) => {
  if (!app) {
    process.stderr.write(`The simulator stopped before it was ready (exit ${code}).\n`);
    process.exit(1);
  }
});

let app = null;
function startApp(baseUrl, recording) {
  const env = {
    ...process.env,
    OPENAI_BASE_URL: baseUrl,
    OPENAI_API_KEY: 'sk-sim-demo-key-0000',
    ATELIER_SIMULATOR: '1',
    ATELIER_DATA_DIR: dataDir,
    ...(recording ? { ATELIER_DEMO_RECORDING: recording } : {}),
  };
  app = spawn(process.execPath, [path.join('scripts', 'start.mjs'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
  const stop = () => {
    app.kill('SIGTERM');
    sim.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  app.on('exit', (code) => {
    sim.kill('SIGTERM');
    process.exit(code ?? 0);
  });
}
