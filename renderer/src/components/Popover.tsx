import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { cx } from '../lib/cx';
import '../styles/transcription-popover.css';

export interface PopoverProps {
  open: boolean;
  onClose: () => void;
  /** The element it hangs from; focus goes back to it on close. */
  anchor: RefObject<HTMLElement | null>;
  /** Accessible name of the panel. */
  label: string;
  children: ReactNode;
  width?: number;
  className?: string;
}

/**
 * A small non-modal panel under its anchor (a rename field, a short form): Esc or a click outside
 * closes it. Portalled with fixed position so scroll containers cannot clip it.
 */
export function Popover({ open, onClose, anchor, label, children, width = 280, className }: PopoverProps) {
  const panelRef = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);
  const latest = useRef(onClose);
  useEffect(() => {
    latest.current = onClose;
  });

  useLayoutEffect(() => {
    if (!open || !anchor.current) return;
    const r = anchor.current.getBoundingClientRect();
    const height = panelRef.current?.offsetHeight ?? 140;
    const top = r.bottom + 6 + height > window.innerHeight ? Math.max(8, r.top - 6 - height) : r.bottom + 6;
    setPos({ top, left: Math.max(8, Math.min(r.left, window.innerWidth - width - 8)) });
  }, [open, anchor, width]);

  useEffect(() => {
    if (!open) return;
    const trigger = anchor.current;
    panelRef.current?.querySelector<HTMLElement>('input, textarea, select, button')?.focus();
    const onDown = (e: MouseEvent) => {
      if (!panelRef.current?.contains(e.target as Node) && !trigger?.contains(e.target as Node)) latest.current();
    };
    const close = () => latest.current();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      latest.current();
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey, true);
    window.addEventListener('resize', close);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey, true);
      window.removeEventListener('resize', close);
      if (trigger?.isConnected) trigger.focus();
    };
  }, [open, anchor]);

  if (!open) return null;
  return createPortal(
    <div ref={panelRef} className={cx('popover', className)} role="dialog" aria-label={label} style={{ width, ...(pos ?? { top: 0, left: 0, visibility: 'hidden' }) }}>
      {children}
    </div>,
    document.body,
  );
}
