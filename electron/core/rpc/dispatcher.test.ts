import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../../shared/errors';
import { silentLogger } from '../log';
import { createDispatcher, type Handlers } from './dispatcher';

const handlers = {
  'app.info': () => ({ name: 'Atelier', version: '1', mode: 'browser', platform: 'linux', dataDir: '/x', simulator: false }),
  'providers.remove': ({ id }: { id: string }) => {
    if (id === 'missing') throw new AppFailure('not_found', 'That provider no longer exists.');
    if (id === 'boom') throw new Error('SQLITE_CORRUPT at /secret/path');
    return { removed: true };
  },
} as unknown as Handlers;
const dispatch = createDispatcher(handlers, silentLogger);
const trusted = { trusted: true, label: 'test' };

describe('the handler wrapper', () => {
  it('refuses untrusted senders before running anything', async () => {
    const r = await dispatch('app.info', {}, { trusted: false, label: 'evil' });
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('rejects unknown calls', async () => {
    expect(await dispatch('fs.readFile', {}, trusted)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('validates input against the contract and names the field', async () => {
    const r = await dispatch('providers.remove', { id: '' }, trusted);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { field: 'id' } } });
    expect(await dispatch('app.info', { extra: 1 }, trusted)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('words zod’s own messages for people and keeps a schema’s own wording', async () => {
    const long = await dispatch('chat.search', { query: 'x'.repeat(501) }, trusted);
    expect(long).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Query is too long: at most 500 characters.', details: { field: 'query' } } });
    const extra = await dispatch('app.info', { extra: 1 }, trusted);
    expect(extra).toMatchObject({ ok: false, error: { message: 'Unexpected field: extra.' } });
    const worded = await dispatch('chat.send', { conversationId: 'c1', text: 'x'.repeat(500_001) }, trusted);
    expect(worded).toMatchObject({ ok: false, error: { message: 'That message is too long to send as text; attach it as a file instead.' } });
    for (const r of [long, extra, worded]) if (!r.ok) expect(r.error.message).not.toMatch(/\bexpected|<=|Too big/);
  });

  it('returns values as ok results', async () => {
    expect(await dispatch('providers.remove', { id: 'p1' }, trusted)).toEqual({ ok: true, value: { removed: true } });
  });

  it('turns AppFailure into its code with a hint', async () => {
    const r = await dispatch('providers.remove', { id: 'missing' }, trusted);
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found', message: 'That provider no longer exists.' } });
    if (!r.ok) expect(r.error.hint.length).toBeGreaterThan(5);
  });

  it('hides unexpected error details behind an internal error', async () => {
    const r = await dispatch('providers.remove', { id: 'boom' }, trusted);
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(r)).not.toContain('/secret/path');
  });
});
