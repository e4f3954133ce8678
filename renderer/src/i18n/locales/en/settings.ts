/** Settings screen. Sections move here as they are translated. */
export default {
  appearance: {
    title: 'Appearance',
    description: "Atelier follows your system's light or dark setting and language unless you choose them here.",
    theme: 'Theme',
    themes: {
      system: { label: 'System', description: 'Match the operating system' },
      light: { label: 'Light', description: 'Always light' },
      dark: { label: 'Dark', description: 'Always dark' },
    },
    language: 'Language',
    languages: {
      system: { label: 'System', description: 'Match the operating system' },
      en: { label: 'English', description: 'English' },
      'zh-CN': { label: '简体中文', description: 'Simplified Chinese' },
    },
    languageFailed: 'Could not change the language',
    themeFailed: 'Could not change the theme',
  },
} as const;
