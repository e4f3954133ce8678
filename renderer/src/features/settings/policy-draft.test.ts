import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { EMPTY_DRAFT, fromDraft, toDraft } from './policy-draft';

const draft = (patch: Partial<typeof EMPTY_DRAFT>) => ({ ...toDraft({ timeoutMs: 30_000, retries: 2, fallbackModel: null, backoffBaseMs: 1000, backoffMaxMs: 8000, rateLimitWaitMs: 60_000 }), ...patch });

describe('policy drafts', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('turns seconds into the core’s milliseconds and keeps "none" as no fallback', () => {
    expect(fromDraft(draft({ timeoutMs: '2.5' }))).toEqual({ ok: true, value: { timeoutMs: 2500, retries: 2, fallbackModel: null, backoffBaseMs: 1000, backoffMaxMs: 8000, rateLimitWaitMs: 60_000 } });
  });

  it('names each mistake under its field, in the interface language', async () => {
    await i18n.changeLanguage('en');
    const bad = fromDraft(draft({ timeoutMs: '5000', retries: '1.5', backoffBaseMs: '9', backoffMaxMs: '3', rateLimitWaitMs: '' }));
    expect(bad).toEqual({
      ok: false,
      errors: {
        timeoutMs: 'The timeout must be between 1 and 3,600 s.',
        retries: 'Use a whole number.',
        backoffMaxMs: 'The longest backoff cannot be shorter than the first.',
        rateLimitWaitMs: 'Required.',
      },
    });
    await i18n.changeLanguage('zh-CN');
    const zh = fromDraft(draft({ timeoutMs: '5000', retries: '11' }));
    expect(zh).toEqual({ ok: false, errors: { timeoutMs: '超时必须在 1 到 3,600 秒之间。', retries: '重试次数必须在 0 到 10 之间。' } });
  });

  it('leaves empty fields out of a scene override instead of requiring them', () => {
    expect(fromDraft({ ...EMPTY_DRAFT, retries: '0' }, true)).toEqual({ ok: true, value: { retries: 0 } });
  });
});
