import { describe, expect, it } from 'vitest';
import { resolveLanguage } from './languages';
import { en, resources } from './resources';

type Tree = { [key: string]: string | Tree };

/** "a.b.c" → text, with plural suffixes folded so that en's _one/_other and zh's _other compare. */
function flatten(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else flatten(value, path, out);
  }
  return out;
}
const pluralBase = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

/** Strings that are rightly the same in both languages (names of languages, brands, symbols). */
const SAME_IN_BOTH = new Set([
  'settings:appearance.languages.en.label',
  'settings:appearance.languages.zh-CN.label',
  ...['B', 'KB', 'MB', 'GB'].map((u) => `common:units.${u}`),
]);

describe('translations', () => {
  for (const [lng, namespaces] of Object.entries(resources)) {
    if (lng === 'en') continue;
    for (const ns of Object.keys(en) as (keyof typeof en)[]) {
      const source = flatten(en[ns] as unknown as Tree);
      const target = flatten(((namespaces as Record<string, unknown>)[ns] ?? {}) as Tree);
      const targetBases = new Set([...target.keys()].map(pluralBase));

      it(`${lng}/${ns} translates every English key`, () => {
        const missing = [...source.keys()].filter((k) => !target.has(k) && !(k.endsWith('_one') && targetBases.has(pluralBase(k))) && !targetBases.has(pluralBase(k)));
        expect(missing, `untranslated keys in ${lng}/${ns}`).toEqual([]);
      });

      it(`${lng}/${ns} has no keys English lacks, no empty text, and the same placeholders`, () => {
        const sourceBases = new Set([...source.keys()].map(pluralBase));
        expect([...target.keys()].filter((k) => !sourceBases.has(pluralBase(k)))).toEqual([]);
        for (const [key, text] of target) {
          expect(text.trim(), `${lng}/${ns}:${key} is empty`).not.toBe('');
          const original = source.get(key) ?? source.get(`${pluralBase(key)}_other`) ?? '';
          expect(placeholders(text), `${lng}/${ns}:${key} placeholders`).toEqual(placeholders(original));
        }
      });

      it(`${lng}/${ns} is translated, not copied from English`, () => {
        const copied = [...target].filter(([key, text]) => text === source.get(key) && /[A-Za-z]{3}/.test(text) && !SAME_IN_BOTH.has(`${ns}:${key}`));
        expect(copied.map(([k]) => `${ns}:${k}`)).toEqual([]);
      });
    }
  }
});

describe('resolveLanguage', () => {
  it('keeps an explicit choice whatever the system says', () => {
    expect(resolveLanguage('zh-CN', ['en-US'])).toBe('zh-CN');
    expect(resolveLanguage('en', ['zh-CN'])).toBe('en');
  });
  it('follows the first preferred language it has, with every Chinese variant shown in Simplified Chinese', () => {
    expect(resolveLanguage('system', ['zh-TW', 'en'])).toBe('zh-CN');
    expect(resolveLanguage('system', ['fr-FR', 'zh-Hans-CN', 'en'])).toBe('zh-CN');
    expect(resolveLanguage('system', ['de-DE', 'en-GB', 'zh-CN'])).toBe('en');
    expect(resolveLanguage('system', ['ja-JP'])).toBe('en');
    expect(resolveLanguage('system', [])).toBe('en');
  });
});

describe('localizeError', () => {
  it('translates a code’s default wording and hint, and leaves a feature’s own message as written', async () => {
    const { i18n } = await import('./index');
    const { localizeError } = await import('./errors');
    const { makeError } = await import('../../../shared/errors');
    await i18n.changeLanguage('zh-CN');
    try {
      expect(localizeError(makeError('auth'))).toMatchObject({ code: 'auth', message: '服务商拒绝了该 API 密钥。', hint: '打开“设置 → 服务商”，输入有效的密钥。' });
      const specific = localizeError(makeError('not_found', 'That recording was removed.'));
      expect(specific.message).toBe('That recording was removed.');
      expect(specific.hint).toBe('它可能已在其他窗口中被删除。请刷新列表。');
    } finally {
      await i18n.changeLanguage('en');
    }
    expect(localizeError(makeError('auth')).message).toBe('The provider rejected the API key.');
  });

  it('words the errors people meet most from their reason and details, with core’s English as the fallback', async () => {
    const { i18n } = await import('./index');
    const { localizeError } = await import('./errors');
    const { makeError } = await import('../../../shared/errors');
    const hard = makeError('budget_exceeded', 'This request could cost up to $0.30, but the daily transcription budget of $1.00 has $0.10 left. Raise it in Settings → Budgets, or wait until tomorrow.', {
      reason: 'budget_hard', scope: 'modality', target: 'audio-offline', period: 'day', limitMicros: 1_000_000, leftMicros: 100_000, costMicros: 300_000, limit: '$1.00', left: '$0.10', cost: '$0.30',
    });
    const noModel = makeError('no_provider', 'No model is set up for chat yet. Add a provider in Settings, then pick a default chat model.', { reason: 'no_model', purpose: 'chat' });
    const offline = makeError('offline', 'Could not connect to the provider.', { reason: 'connect_failed', requestId: 'r1' });
    const limited = makeError('rate_limited', 'Rate limit reached for gpt-5-mini on requests per min (RPM): Limit 3, Used 3.', { reason: 'provider', status: 429 });
    const badKey = makeError('auth', 'Incorrect API key provided.', { reason: 'provider', status: 401 });
    const refused = makeError('unsupported_format', '"notes.wav" has no audio track.', { reason: 'no_audio_track', file: 'notes.wav', permanent: true });
    const format = makeError('unsupported_format', '"agenda.txt" is not a recording format Atelier takes.', { reason: 'not_recording_format', file: 'agenda.txt', permanent: true });
    // English is core's own wording, untouched.
    expect(localizeError(hard).message).toBe(hard.message);
    await i18n.changeLanguage('zh-CN');
    try {
      expect(localizeError(hard).message).toBe('这次最多可能花费 $0.30，但每日转写预算（$1.00）只剩 $0.10。请在“设置 → 预算”中调高，或等到明天。');
      expect(localizeError(noModel).message).toBe('尚未设置对话模型。请先在“设置”中添加服务商，再选择默认对话模型。');
      expect(localizeError(offline).message).toBe('无法连接到服务商。');
      expect(localizeError(limited).message).toBe('服务商正在限制请求速度。服务商的原话：“Rate limit reached for gpt-5-mini on requests per min (RPM): Limit 3, Used 3.”');
      expect(localizeError(badKey)).toMatchObject({ message: '服务商拒绝了该 API 密钥。服务商的原话：“Incorrect API key provided.”', hint: '打开“设置 → 服务商”，输入有效的密钥。' });
      expect(localizeError(refused).message).toBe('“notes.wav”没有音轨。');
      expect(localizeError(format).message).toMatch(/^“agenda.txt”不是 Atelier 接受的录音格式。请使用 m4a、mp3、/);
      // A reason the renderer does not know keeps core's words rather than showing a key.
      expect(localizeError(makeError('no_provider', 'Core said this.', { reason: 'no_model', purpose: 'later' })).message).toBe('Core said this.');
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
