import 'i18next';
import type { en } from './resources';

/** Typed keys: t('shell:screens.chat.title') is checked against the English source at compile time. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof en;
    returnNull: false;
  }
}
