import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { brandItems, type CheckSubject } from '../electron/core/features/studio/compliance';
import { ruleRunner } from '../electron/core/pipeline/rule-runner';
import { checkText } from '../renderer/src/features/image-studio/checkText';
import { i18n } from '../renderer/src/i18n';
import type { BrandProfile, CheckItem } from '../shared/contract';

// The studio's compliance check is written by core with what it found; the interface words it. In English
// the interface must say exactly what core's own English says, and in Chinese it must say it in Chinese.
afterAll(async () => {
  await i18n.changeLanguage('en');
  ruleRunner().close?.();
});

async function subject(): Promise<CheckSubject> {
  const original = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#888' } }).jpeg().toBuffer();
  return { providerId: 'p', prompt: 'A lamp for the summer sale', notes: '', original, mime: 'image/jpeg', width: 64, height: 48, preview: original, previewHash: 'h' };
}

const strict: BrandProfile = { id: 'b', name: 'Acme', rules: { blockedWords: ['sale'], requiredFormat: 'png', minWidth: 1024, minHeight: 1024, requireTransparent: true } };
const relaxed: BrandProfile = { id: 'b2', name: 'Acme', rules: { blockedWords: ['discount'], requiredFormat: 'jpeg', minWidth: 32, minHeight: 32, requireTransparent: false } };
const moderation: CheckItem[] = [
  { rule: 'moderation', passed: true, detail: 'Moderation found nothing on the prompt or the image.', facts: { kind: 'moderation', flagged: [] } },
  { rule: 'moderation', passed: false, detail: 'Moderation flagged: violence and self-harm.', facts: { kind: 'moderation', flagged: ['violence', 'self-harm'] } },
];

describe('compliance check items as the interface words them', () => {
  it('in English, every item reads exactly as core’s own English; in Chinese, in Chinese', async () => {
    const items = [...moderation, ...(await brandItems(strict, await subject())), ...(await brandItems(relaxed, await subject()))];
    expect(items.map((i) => i.facts?.kind)).toEqual(['moderation', 'moderation', 'blocked_words', 'format', 'size', 'transparent_background', 'blocked_words', 'format', 'size']);
    await i18n.changeLanguage('en');
    for (const item of items) expect(checkText(item)).toBe(item.detail);
    await i18n.changeLanguage('zh-CN');
    for (const item of items) {
      const zh = checkText(item);
      expect(zh).not.toBe(item.detail);
      // Only the brand's name, the blocked word, formats and category names stay as they are.
      expect(zh.replace(/Acme|sale|discount|PNG|JPEG|violence|self-harm/g, '')).not.toMatch(/[A-Za-z]{3,}/);
    }
  });

  it('a check saved before items carried their facts is shown in core’s words', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(checkText({ rule: 'moderation', passed: true, detail: 'Moderation found nothing on the prompt or the image.' })).toBe('Moderation found nothing on the prompt or the image.');
  });
});
