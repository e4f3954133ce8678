import { useEffect } from 'react';
import { isModalOpen } from '../../components/Modal';
import { hasModKey, isTypingTarget } from '../../lib/platform';
import { SCREENS } from '../../lib/screens';
import { useApp } from '../../stores/shell/app';
import { useNavigation } from '../../stores/shell/navigation';

/** Ctrl/Cmd+1..6 switch screens, Ctrl/Cmd+, opens Settings, "?" shows the shortcuts. */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey) return;
      if (hasModKey(e) && !e.shiftKey) {
        const digit = /^Digit([1-9])$/.exec(e.code)?.[1] ?? (/^[1-9]$/.test(e.key) ? e.key : undefined);
        const screen = digit ? SCREENS[Number(digit) - 1] : undefined;
        if (screen && !isModalOpen()) {
          e.preventDefault();
          useNavigation.getState().navigate(screen.id);
        } else if (e.key === ',' && !isModalOpen()) {
          e.preventDefault();
          useNavigation.getState().navigate('settings');
        }
        return;
      }
      if (e.key === '?' && !e.ctrlKey && !e.metaKey && !isTypingTarget(e.target) && !isModalOpen()) {
        e.preventDefault();
        useApp.getState().setShortcutsOpen(true);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
