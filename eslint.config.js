import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { i18nLiterals } from './scripts/eslint/i18n-literals.js';
import { layering } from './scripts/eslint/layering.js';

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'release/**', '.native/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { layering },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'layering/boundaries': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Every word a person reads in the renderer goes through t() (renderer/src/i18n/README.md). Every
    // screen and shared component is translated, so a word written into the JSX fails the lint.
    files: ['renderer/src/**/*.tsx'],
    ignores: ['renderer/src/**/*.test.tsx'],
    plugins: { i18n: i18nLiterals },
    rules: { 'i18n/no-literal-string': 'error' },
  },
);
