import { describeError, type AppError } from '../../../shared/errors';
import { i18n } from './index';

/**
 * An error from core in the interface language. Hints belong to the code, so they are always
 * translated; a message is translated when it is the code's default wording — a specific message
 * written by a feature stays as core wrote it.
 */
export function localizeError(error: AppError): AppError {
  if (i18n.language === 'en') return error;
  const fallback = describeError(error.code);
  return {
    ...error,
    message: error.message === fallback.message ? i18n.t(`errors:${error.code}.message`) : error.message,
    hint: error.hint === fallback.hint ? i18n.t(`errors:${error.code}.hint`) : error.hint,
  };
}
