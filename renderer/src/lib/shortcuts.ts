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
  { keys: [MOD_LABEL, 'O'], label: 'Transcription: add recordings' },
  { keys: [MOD_LABEL, 'K'], label: 'Transcription: search all transcripts' },
  { keys: [MOD_LABEL, 'F'], label: 'Transcription: find in the open transcript' },
  { keys: [MOD_LABEL, 'N'], label: 'Chat: new conversation' },
  { keys: [MOD_LABEL, 'K'], label: 'Chat: search messages' },
  { keys: ['Enter'], label: 'Chat: send the message' },
  { keys: ['Shift', 'Enter'], label: 'Chat: new line in the message' },
  { keys: ['Esc'], label: 'Chat: stop a streaming reply' },
  { keys: ['↑'], label: 'Chat: edit your last message (in an empty composer)' },
];
