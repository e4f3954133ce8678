import type { TFunction } from 'i18next';
import { MOD_LABEL } from './platform';
import { SCREENS } from './screens';

export interface ShortcutInfo {
  keys: string[];
  label: string;
}

/** Every global shortcut, as shown in the shortcuts dialog and in Settings, in the interface language. */
export function shortcuts(t: TFunction<'shell'>): ShortcutInfo[] {
  return [
    ...SCREENS.map((s, i) => ({ keys: [MOD_LABEL, String(i + 1)], label: t('shortcuts.goTo', { screen: t(`screens.${s.id}.title`) }) })),
    { keys: [MOD_LABEL, ','], label: t('shortcuts.openSettings') },
    { keys: ['?'], label: t('shortcuts.showShortcuts') },
    { keys: ['Esc'], label: t('shortcuts.closeDialog') },
    { keys: [MOD_LABEL, 'O'], label: t('shortcuts.transcriptionAdd') },
    { keys: [MOD_LABEL, 'K'], label: t('shortcuts.transcriptionSearch') },
    { keys: [MOD_LABEL, 'F'], label: t('shortcuts.transcriptionFind') },
    { keys: [MOD_LABEL, 'N'], label: t('shortcuts.chatNew') },
    { keys: [MOD_LABEL, 'K'], label: t('shortcuts.chatSearch') },
    { keys: ['Enter'], label: t('shortcuts.chatSend') },
    { keys: ['Shift', 'Enter'], label: t('shortcuts.chatNewLine') },
    { keys: ['Esc'], label: t('shortcuts.chatStop') },
    { keys: ['↑'], label: t('shortcuts.chatEditLast') },
  ];
}
