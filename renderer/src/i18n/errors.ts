import { describeError, type AppError } from '../../../shared/errors';
import { budgetPhrase } from '../lib/warnings';
import { ACCEPTED_EXTENSIONS } from '../stores/transcription/media';
import { formatList } from './format';
import { i18n } from './index';

type Details = NonNullable<AppError['details']>;
const text = (d: Details, key: string) => (typeof d[key] === 'string' ? (d[key] as string) : '');

/** The message of an error whose details name a reason (shared/errors.ts ErrorReason), or null to keep core's. */
function reasonMessage(error: AppError): string | null {
  const d = error.details;
  const reason = d?.reason;
  if (!d || typeof reason !== 'string') return null;
  switch (reason) {
    case 'budget_hard': {
      const period = d.period === 'month' ? 'month' : 'day';
      const scope = d.scope === 'modality' || d.scope === 'scene' ? d.scope : 'overall';
      const budget = budgetPhrase({ scope, target: text(d, 'target') || null, period });
      return i18n.t(`core:budget.hard_${period}`, { budget, limit: text(d, 'limit'), left: text(d, 'left'), cost: text(d, 'cost') });
    }
    case 'no_model': {
      const key = `core:errors.no_model.${text(d, 'purpose')}`;
      return i18n.exists(key) ? i18n.t(key as 'core:errors.no_model.chat') : null;
    }
    case 'provider':
      // The provider's own words stay as they came; what they mean is said in the interface language.
      return i18n.t('core:errors.provider', { what: i18n.t(`errors:${error.code}.message`), said: error.message });
    case 'connect_failed':
    case 'connection_broke':
    case 'no_answer':
      return i18n.t(`core:errors.${reason}`);
    case 'not_audio':
    case 'no_audio_track':
    case 'no_audio_length':
    case 'empty_file':
      return i18n.t(`core:errors.${reason}`, { file: text(d, 'file') });
    case 'not_recording_format':
      return i18n.t('core:errors.not_recording_format', { file: text(d, 'file'), formats: formatList(ACCEPTED_EXTENSIONS, 'disjunction') });
    default:
      return null;
  }
}

/**
 * An error from core in the interface language. Hints belong to the code, so they are always
 * translated; a message is worded here from its reason and details when it has one, translated
 * when it is the code's default wording, and otherwise kept as core wrote it.
 */
export function localizeError(error: AppError): AppError {
  if (i18n.language === 'en') return error;
  const fallback = describeError(error.code);
  return {
    ...error,
    message: reasonMessage(error) ?? (error.message === fallback.message ? i18n.t(`errors:${error.code}.message`) : error.message),
    hint: error.hint === fallback.hint ? i18n.t(`errors:${error.code}.hint`) : error.hint,
  };
}

/** The message of an error kept in data (a failed job, item or reply), in the interface language. */
export function errorText(error: AppError | null | undefined): string | undefined {
  return error ? localizeError(error).message : undefined;
}
