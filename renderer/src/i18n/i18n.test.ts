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
});
