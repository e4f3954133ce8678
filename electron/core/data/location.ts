import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'Atelier';
export const DB_FILE = 'atelier.db';
const POINTER_FILE = 'location.json';

/** The OS's per-user app-data folder, the same one Electron's userData uses for this app. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_DIR_NAME);
}

export interface ResolvedDataDir {
  dir: string;
  /** Set by ATELIER_DATA_DIR; relocation is then not offered. */
  fromEnvironment: boolean;
  /** The folder that holds the pointer file. */
  defaultDir: string;
}

/** ATELIER_DATA_DIR, else a folder the user chose in Settings, else the default. */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env, defaultDir = defaultDataDir(env)): ResolvedDataDir {
  const fromEnv = env.ATELIER_DATA_DIR?.trim();
  if (fromEnv) return { dir: path.resolve(fromEnv), fromEnvironment: true, defaultDir };
  const pointed = readPointer(defaultDir);
  return { dir: pointed ?? defaultDir, fromEnvironment: false, defaultDir };
}

export function readPointer(defaultDir: string): string | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(defaultDir, POINTER_FILE), 'utf8')) as { dataDir?: unknown };
    return typeof parsed.dataDir === 'string' && path.isAbsolute(parsed.dataDir) ? parsed.dataDir : null;
  } catch {
    return null;
  }
}

export function writePointer(defaultDir: string, target: string): void {
  fs.mkdirSync(defaultDir, { recursive: true });
  const file = path.join(defaultDir, POINTER_FILE);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify({ dataDir: target }, null, 2));
  fs.renameSync(`${file}.tmp`, file);
}
