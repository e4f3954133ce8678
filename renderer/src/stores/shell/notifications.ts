import type { EventPayloads } from '../../../../shared/contract';
import { call, isDesktop, subscribe } from '../../api';
import { formatMoney } from '../../../../shared/pricing';
import { i18n } from '../../i18n';
import { wordWarning } from '../../lib/warnings';
import { useChatCurrency } from '../chat/currency';
import { sceneLabel, usePipeline } from '../settings/pipeline';
import { useNavigation } from './navigation';
import { useToasts, type ToastInput } from './toasts';
import { useVision } from '../image-analysis/vision';

type Notice = EventPayloads['app.notify'];

/** Title and body in the interface language, from the notice's data; core's English when it carries none. */
function noticeWords(n: Notice): { title: string; message: string } {
  if (n.warning) {
    const money = (m: number) => formatMoney(m, useChatCurrency.getState().currency);
    return { title: i18n.t('core:budget.notifyTitle'), message: wordWarning(n.warning, money, (name) => sceneLabel(usePipeline.getState().scenes, name)) };
  }
  const news = n.news;
  if (news?.about === 'recording') {
    return news.outcome === 'done'
      ? { title: i18n.t('notices:recordingDone'), message: i18n.t('notices:recordingDoneBody', { name: news.name }) }
      : { title: i18n.t('notices:recordingFailed'), message: i18n.t('notices:recordingFailedBody', { name: news.name }) };
  }
  if (news?.about === 'vision-batch') {
    return news.outcome === 'done'
      ? { title: i18n.t('notices:batchDone'), message: i18n.t('notices:batchDoneBody', { name: news.name, count: news.count ?? 0 }) }
      : { title: i18n.t('notices:batchFailed'), message: i18n.t('notices:batchFailedBody', { name: news.name }) };
  }
  return { title: n.title, message: n.body };
}

/** A core notification as a toast: news from anywhere, with a button to the place it is about. */
export function noticeToast(n: Notice, navigate: (screen: 'transcription' | 'image-analysis' | 'settings', section?: 'budgets') => void, openBatch: (id: string) => void = () => {}): ToastInput {
  const base: ToastInput = { tone: n.kind, ...noticeWords(n), scope: null };
  if (n.link?.kind === 'recording') return { ...base, action: { label: i18n.t('notices:openTranscription'), to: 'transcription', run: () => navigate('transcription') } };
  if (n.link?.kind === 'vision-batch') {
    const id = n.link.id;
    return { ...base, action: { label: i18n.t('notices:openImageAnalysis'), to: 'image-analysis', run: () => {
      navigate('image-analysis');
      openBatch(id);
    } } };
  }
  if (n.link?.kind === 'budgets') return { ...base, action: { label: i18n.t('notices:openBudgets'), run: () => navigate('settings', 'budgets') } };
  return base;
}

/** The number of the last notice this page has shown (or was loaded after): what it asks from after a drop. */
let lastSeen: number | null = null;

function show(n: Notice): void {
  if (n.seq !== undefined) {
    if (lastSeen !== null && n.seq <= lastSeen) return; // already shown (a catch-up raced the live event)
    lastSeen = n.seq;
  }
  // A budget warning matters in the window too: the OS notification may be muted.
  if (isDesktop && n.kind !== 'warning') return;
  useToasts.getState().push(noticeToast(n, (screen, section) => useNavigation.getState().navigate(screen, section), (id) => void useVision.getState().open(id)));
}

/** The desktop shows core's notifications through the OS; browser mode shows them as toasts. */
export function watchNotifications(): () => void {
  const unsubscribe = subscribe('app.notify', show);
  // Only what is raised from now on: a page just opened does not replay news from before it.
  void call('app.notices', { after: null }).then((r) => {
    if (r.ok && lastSeen === null) lastSeen = r.value.seq;
  });
  return unsubscribe;
}

/** After the connection came back (browser mode): shows the notices raised while it was down, once each. */
export async function catchUpNotices(): Promise<void> {
  if (lastSeen === null) return;
  const r = await call('app.notices', { after: lastSeen });
  if (r.ok) r.value.notices.forEach(show);
}
