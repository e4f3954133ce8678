import { MOD_LABEL } from './platform';
import { SCREENS } from './screens';

export interface ShortcutInfo {
  keys: string[];
  label: string;
}

/** Every global shortcut, as shown in the shortcuts dialog and in Settings. */
export const SHORTCUTS: ShortcutInfo[] = [
  ...SCREENS.map((s, i) => ({ keys: [MOD_LABEL, String(i + 1)], label: `Go to ${s.title}` })),
  { keys: [MOD_LABEL, ','], label: 'Open Settings' },
  { keys: ['?'], label: 'Show keyboard shortcuts' },
  { keys: ['Esc'], label: 'Close a dialog' },
];
