import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, DESKTOP_CSP, resolveAppPath, respond, respondMedia } from './protocol';

const root = path.resolve('/srv/app/out/renderer');

describe('resolveAppPath', () => {
  it('maps app URLs to files under the renderer folder', () => {
    expect(resolveAppPath(root, 'atelier://app/index.html')).toEqual({ kind: 'file', file: path.join(root, 'index.html'), fallback: false });
    expect(resolveAppPath(root, 'atelier://app/')).toEqual({ kind: 'file', file: path.join(root, 'index.html'), fallback: false });
    expect(resolveAppPath(root, 'atelier://app/assets/a%20b.js?v=1')).toEqual({ kind: 'file', file: path.join(root, 'assets', 'a b.js'), fallback: false });
  });

  it('marks extension-less paths for the client-side-route fallback', () => {
    expect(resolveAppPath(root, 'atelier://app/settings/providers')).toMatchObject({ kind: 'file', fallback: true });
  });

  it.each([
    'atelier://app/%2e%2e/%2e%2e/etc/passwd',
    'atelier://app/..%2f..%2fetc%2fpasswd',
    'atelier://app/assets/..%2F..%2F..%2Fsecret',
    'atelier://app/..%5c..%5csecret',
    'atelier://app/%2E%2E%5C%2E%2E%5Csecret.txt',
  ])('refuses traversal: %s', (url) => {
    const r = resolveAppPath(root, url);
    if (r.kind === 'file') expect(r.file.startsWith(root + path.sep)).toBe(true);
    else expect(r.status).toBe(403);
  });

  it('refuses malformed escapes, NUL bytes and other hosts', () => {
    expect(resolveAppPath(root, 'atelier://app/%E0%A4%A')).toEqual({ kind: 'refused', status: 400 });
    expect(resolveAppPath(root, 'atelier://app/index.html%00.png')).toEqual({ kind: 'refused', status: 400 });
    expect(resolveAppPath(root, 'atelier://evil/index.html')).toEqual({ kind: 'refused', status: 404 });
    expect(resolveAppPath(root, 'file:///etc/passwd')).toEqual({ kind: 'refused', status: 404 });
  });
});

describe('respond', () => {
  let dir: string;
  let rendererDir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-protocol-'));
    rendererDir = path.join(dir, 'renderer');
    fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Atelier</title>');
    fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'do not serve');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const get = (url: string, method = 'GET') => respond(rendererDir, { url, method });

  it('serves the renderer with the strict CSP', async () => {
    const res = await get('atelier://app/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(DESKTOP_CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>Atelier</title>');
    const js = await get('atelier://app/assets/app.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('falls back to index.html for client routes but 404s missing assets', async () => {
    expect(await (await get('atelier://app/settings')).text()).toContain('Atelier');
    expect((await get('atelier://app/assets/missing.js')).status).toBe(404);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const url of ['atelier://app/..%2fsecret.txt', 'atelier://app/%2e%2e/secret.txt', 'atelier://app/..%5csecret.txt']) {
      const res = await get(url);
      expect(await res.text()).not.toContain('do not serve');
    }
  });

  it('accepts only GET and HEAD', async () => {
    expect((await get('atelier://app/index.html', 'POST')).status).toBe(405);
    const head = await get('atelier://app/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('DESKTOP_CSP', () => {
  const directives = new Map(DESKTOP_CSP.split(';').map((d) => {
    const [name, ...values] = d.trim().split(/\s+/);
    return [name!, values];
  }));

  it('allows only our own scripts, never eval or inline script', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(DESKTOP_CSP).not.toContain('unsafe-eval');
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('locks down connections, objects, base and framing', () => {
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('APP_SCHEME_PRIVILEGES', () => {
  it('registers atelier: as a standard, secure scheme and nothing that bypasses CSP', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('atelier');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).not.toBe(true);
    expect(APP_SCHEME_PRIVILEGES.privileges?.allowServiceWorkers).not.toBe(true);
  });
});

describe('respondMedia', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-media-'));
    fs.writeFileSync(path.join(dir, 'empty.wav'), '');
    fs.writeFileSync(path.join(dir, 'four.wav'), 'abcd');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const lookup = (_kind: string, id: string) => ({ file: path.join(dir, `${id}.wav`), mime: 'audio/wav' });
  const get = (id: string, range?: string) =>
    respondMedia(lookup, { url: `atelier://app/media/recording/${id}`, method: 'GET', headers: new Headers(range ? { range } : {}) });

  it('answers a zero-byte recording, with or without a Range', async () => {
    const plain = await get('empty');
    expect(plain?.status).toBe(200);
    expect(plain?.headers.get('content-length')).toBe('0');
    const ranged = await get('empty', 'bytes=0-');
    expect(ranged?.status).toBe(416);
    expect(ranged?.headers.get('content-range')).toBe('bytes */0');
  });

  it('answers 404 when the file went missing, and serves ranges of a real one', async () => {
    expect((await get('missing'))?.status).toBe(404);
    const part = await get('four', 'bytes=1-2');
    expect(part?.status).toBe(206);
    expect(await part?.text()).toBe('bc');
  });
});
