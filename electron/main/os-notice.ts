/**
 * A core notification as the system shows it (desktop app), in the interface language: the main process
 * shows these even when no window is open, so it words them itself from the shared notice words.
 */
import type { EventPayloads } from '../../shared/contract';
import type { Language } from '../../shared/i18n/language';
import { NOTICE_WORDS } from '../../shared/i18n/notices';

type Key = keyof (typeof NOTICE_WORDS)['zh-CN'] | 'batchDoneBody_one';

function word(lang: Language, key: Key, values: Record<string, string | number> = {}): string {
  const words: Partial<Record<Key, string>> = NOTICE_WORDS[lang];
  const text = words[key] ?? NOTICE_WORDS.en[key];
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

export function osNotice(n: EventPayloads['app.notify'], lang: Language): { title: string; body: string } {
  const news = n.news;
  if (news?.about === 'recording') {
    return news.outcome === 'done'
      ? { title: word(lang, 'recordingDone'), body: word(lang, 'recordingDoneBody', { name: news.name }) }
      : { title: word(lang, 'recordingFailed'), body: word(lang, 'recordingFailedBody', { name: news.name }) };
  }
  if (news?.about === 'vision-batch') {
    const count = news.count ?? 0;
    return news.outcome === 'done'
      ? { title: word(lang, 'batchDone'), body: word(lang, lang === 'en' && count === 1 ? 'batchDoneBody_one' : 'batchDoneBody_other', { name: news.name, count }) }
      : { title: word(lang, 'batchFailed'), body: word(lang, 'batchFailedBody', { name: news.name }) };
  }
  if (n.warning) return { title: word(lang, 'budgetOver'), body: word(lang, 'budgetOverBody') };
  return { title: n.title, body: n.body };
}
