import type en from '../en/settings';
import type { Translation } from '../../translation';

const zh: Translation<typeof en> = {
  appearance: {
    title: '外观',
    description: '除非在此选择，Atelier 会跟随系统的浅色/深色设置和语言。',
    theme: '主题',
    themes: {
      system: { label: '跟随系统', description: '与操作系统一致' },
      light: { label: '浅色', description: '始终使用浅色' },
      dark: { label: '深色', description: '始终使用深色' },
    },
    language: '语言',
    languages: {
      system: { label: '跟随系统', description: '与操作系统一致' },
      en: { label: 'English', description: '英语' },
      'zh-CN': { label: '简体中文', description: '简体中文' },
    },
    languageFailed: '无法切换语言',
    themeFailed: '无法切换主题',
  },
};
export default zh;
