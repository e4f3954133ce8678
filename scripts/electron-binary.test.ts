import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { electronAddonPath, electronBinaryPath, electronVersion } from './electron-binary.mjs';
import { MISSING_LINE, main } from './postinstall.mjs';

const roots: string[] = [];
function fakeRoot(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-electron-binary-'));
  roots.push(root);
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  return root;
}
afterEach(() => roots.splice(0).forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

const pkg = { 'node_modules/electron/package.json': JSON.stringify({ version: '45.4.1' }) };

describe('electronBinaryPath', () => {
  it('is null when only the npm package is installed (no path.txt, nothing downloaded)', () => {
    expect(electronBinaryPath(fakeRoot(pkg), {})).toBeNull();
  });

  it('is null when path.txt names a file that is not there', () => {
    expect(electronBinaryPath(fakeRoot({ ...pkg, 'node_modules/electron/path.txt': 'electron' }), {})).toBeNull();
  });

  it('finds the executable path.txt names under dist/', () => {
    const root = fakeRoot({ ...pkg, 'node_modules/electron/path.txt': 'electron', 'node_modules/electron/dist/electron': '' });
    expect(electronBinaryPath(root, {})).toBe(path.join(root, 'node_modules/electron/dist/electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron/index.js', () => {
    const root = fakeRoot(pkg);
    const dist = fakeRoot({ 'electron.exe': '' });
    expect(electronBinaryPath(root, { ELECTRON_OVERRIDE_DIST_PATH: dist }, 'win32')).toBe(path.join(dist, 'electron.exe'));
    expect(electronBinaryPath(root, { ELECTRON_OVERRIDE_DIST_PATH: dist }, 'linux')).toBeNull();
  });
});

describe('electronVersion and electronAddonPath', () => {
  it("prefers the downloaded binary's version over the package's", () => {
    expect(electronVersion(fakeRoot(pkg))).toBe('45.4.1');
    expect(electronVersion(fakeRoot({ ...pkg, 'node_modules/electron/dist/version': 'v45.5.0' }))).toBe('45.5.0');
  });

  it('finds the Electron build of better-sqlite3 only when postinstall made it', () => {
    expect(electronAddonPath(fakeRoot({}))).toBeNull();
    const root = fakeRoot({ '.native/electron/better_sqlite3.node': '' });
    expect(electronAddonPath(root)).toBe(path.join(root, '.native/electron/better_sqlite3.node'));
  });
});

describe('postinstall', () => {
  it('says browser mode will be used where Electron is missing, and builds nothing', () => {
    const root = fakeRoot(pkg);
    expect(main(root)).toBe(MISSING_LINE);
    expect(fs.existsSync(path.join(root, '.native'))).toBe(false);
  });

  it('reports an up-to-date build without rebuilding it', () => {
    const root = fakeRoot({
      ...pkg,
      'node_modules/electron/path.txt': 'electron',
      'node_modules/electron/dist/electron': '',
      'node_modules/better-sqlite3/package.json': JSON.stringify({ version: '12.9.0' }),
      '.native/electron/better_sqlite3.node': 'addon',
      '.native/electron/build.json': JSON.stringify({ electron: '45.4.1', betterSqlite3: '12.9.0', platform: process.platform, arch: process.arch }),
    });
    expect(main(root)).toMatch(/up to date/);
  });
});
