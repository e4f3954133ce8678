import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import { recipeName, sceneDescription, sceneLabel } from './builtins';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

const general = { id: 'scene-general', builtin: true, label: 'General chat', description: 'Everyday questions and drafting.' };

describe('what ships with Atelier, in the interface language', () => {
  it('a built-in scene is named in Chinese in zh-CN, and as stored in English', async () => {
    expect(sceneLabel(general)).toBe('General chat');
    await i18n.changeLanguage('zh-CN');
    expect(sceneLabel(general)).toBe('通用对话');
    expect(sceneDescription(general)).toBe('日常提问与起草。');
  });

  it('a built-in scene the user renamed keeps the user’s words; the user’s own scenes are never translated', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(sceneLabel({ ...general, label: 'Our helpdesk' })).toBe('Our helpdesk');
    expect(sceneDescription({ ...general, description: 'Mine.' })).toBe('Mine.');
    expect(sceneLabel({ id: 'c1', builtin: false, label: 'General chat' })).toBe('General chat');
  });

  it('built-in recipes are named in the interface language; a user’s recipe as typed', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(recipeName({ id: 'builtin-receipt', builtin: true, name: 'Receipt fields' })).toBe('收据字段');
    expect(recipeName({ id: 'r-9', builtin: false, name: 'Receipt fields' })).toBe('Receipt fields');
  });
});
