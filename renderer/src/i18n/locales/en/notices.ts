/** Notifications from core (finished recordings, budgets) and their buttons: shared with the desktop app's system notifications. */
import { NOTICE_WORDS } from '../../../../../shared/i18n/notices';

export default NOTICE_WORDS.en;
