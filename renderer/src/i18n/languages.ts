/** The interface languages and how a preference resolves: shared with the desktop app's main process. */
export { LANGUAGES, resolveLanguage, type Language } from '../../../shared/i18n/language';
