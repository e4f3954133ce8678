import type en from '../en/notices';
import type { Translation } from '../../translation';
import { NOTICE_WORDS } from '../../../../../shared/i18n/notices';

const zh: Translation<typeof en> = NOTICE_WORDS['zh-CN'];

export default zh;
