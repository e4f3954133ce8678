import { useEffect } from 'react';
import { isModalOpen } from '../../components/Modal';
import { hasModKey } from '../../lib/platform';
import { focusFind } from './FindBar';
import { focusGlobalSearch } from './GlobalSearch';
import { pickRecordings } from './RecordingInput';

/** This screen's keys while it is shown: Ctrl/Cmd+O add recordings, +K search all, +F find in the open transcript. */
export function useTranscriptionShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.shiftKey || !hasModKey(e) || isModalOpen()) return;
      const key = e.key.toLowerCase();
      if (key === 'o') {
        e.preventDefault();
        pickRecordings();
      } else if (key === 'k') {
        e.preventDefault();
        focusGlobalSearch();
      } else if (key === 'f' && focusFind()) {
        e.preventDefault();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
