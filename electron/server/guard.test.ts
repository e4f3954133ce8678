import { describe, expect, it } from 'vitest';
import { checkRequest } from './guard';

const cfg = { secret: 'S3cr3t', host: '127.0.0.1', port: 4321 };
const req = (url: string, headers: Record<string, string> = {}) => ({ url, headers: { host: '127.0.0.1:4321', ...headers } });

describe('browser-mode request guard', () => {
  it('accepts our host with the secret prefix and strips it', () => {
    expect(checkRequest(req('/S3cr3t/assets/a.js'), cfg)).toEqual({ ok: true, rest: '/assets/a.js' });
    expect(checkRequest(req('/S3cr3t'), cfg)).toEqual({ ok: true, rest: '/' });
  });
  it('refuses a missing or wrong secret', () => {
    expect(checkRequest(req('/'), cfg)).toMatchObject({ ok: false, reason: 'secret' });
    expect(checkRequest(req('/S3cr3tX/'), cfg)).toMatchObject({ ok: false, reason: 'secret' });
    expect(checkRequest(req('/other/S3cr3t/'), cfg)).toMatchObject({ ok: false, reason: 'secret' });
  });
  it('refuses other Host headers (DNS rebinding)', () => {
    for (const host of ['localhost:4321', 'evil.example:4321', '127.0.0.1:4322', '127.0.0.1']) {
      expect(checkRequest(req('/S3cr3t/', { host }), cfg)).toMatchObject({ ok: false, reason: 'host' });
    }
  });
  it('refuses foreign origins and cross-site fetches', () => {
    expect(checkRequest(req('/S3cr3t/', { origin: 'http://evil.example' }), cfg)).toMatchObject({ ok: false, reason: 'origin' });
    expect(checkRequest(req('/S3cr3t/', { origin: 'http://127.0.0.1:9999' }), cfg)).toMatchObject({ ok: false, reason: 'origin' });
    expect(checkRequest(req('/S3cr3t/', { 'sec-fetch-site': 'cross-site' }), cfg)).toMatchObject({ ok: false, reason: 'cross-site' });
    expect(checkRequest(req('/S3cr3t/', { origin: 'http://127.0.0.1:4321', 'sec-fetch-site': 'same-origin' }), cfg)).toMatchObject({ ok: true });
  });
});
