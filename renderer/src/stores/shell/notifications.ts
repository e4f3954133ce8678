import type { EventPayloads } from '../../../../shared/contract';
import { isDesktop, subscribe } from '../../api';
import { formatMoney } from '../../../../shared/pricing';
import { i18n } from '../../i18n';
import { wordWarning } from '../../lib/warnings';
import { useChatCurrency } from '../chat/currency';
import { sceneLabel, usePipeline } from '../settings/pipeline';
import { useNavigation } from './navigation';
import { useToasts, type ToastInput } from './toasts';
import { useVision } from '../image-analysis/vision';

type Notice = EventPayloads['app.notify'];

/** A core notification as a toast: news from anywhere, with a button to the place it is about. */
export function noticeToast(n: Notice, navigate: (screen: 'transcription' | 'image-analysis' | 'settings', section?: 'budgets') => void, openBatch: (id: string) => void = () => {}): ToastInput {
  const base: ToastInput = n.warning
    ? { tone: n.kind, title: i18n.t('core:budget.notifyTitle'), message: wordWarning(n.warning, (m) => formatMoney(m, useChatCurrency.getState().currency), (name) => sceneLabel(usePipeline.getState().scenes, name)), scope: null }
    : { tone: n.kind, title: n.title, message: n.body, scope: null };
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

/** The desktop shows core's notifications through the OS; browser mode shows them as toasts. */
export function watchNotifications(): () => void {
  return subscribe('app.notify', (n) => {
    // A budget warning matters in the window too: the OS notification may be muted.
    if (isDesktop && n.kind !== 'warning') return;
    useToasts.getState().push(noticeToast(n, (screen, section) => useNavigation.getState().navigate(screen, section), (id) => void useVision.getState().open(id)));
  });
}
