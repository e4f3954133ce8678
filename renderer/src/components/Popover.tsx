import * as RadixPopover from '@radix-ui/react-popover';
import type { ReactNode, RefObject } from 'react';
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
 * A small non-modal panel under its anchor (a rename field, a short form), on Radix Popover: focus
 * moves into it and back to the anchor on close; Esc or a click outside closes it. Portalled and
 * kept inside the window.
 */
export function Popover({ open, onClose, anchor, label, children, width = 280, className }: PopoverProps) {
  return (
    <RadixPopover.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <RadixPopover.Anchor virtualRef={anchor as RefObject<HTMLElement>} />
      <RadixPopover.Portal>
        <RadixPopover.Content
          className={cx('popover', className)}
          role="dialog"
          aria-label={label}
          align="start"
          sideOffset={6}
          collisionPadding={8}
          style={{ width }}
          onOpenAutoFocus={(e) => {
            e.preventDefault();
            (e.currentTarget as HTMLElement).querySelector<HTMLElement>('input, textarea, select, button')?.focus();
          }}
          onEscapeKeyDown={(e) => e.stopPropagation()}
          onInteractOutside={(e) => {
            // A click on the anchor toggles it through its own handler; do not close and reopen.
            if (anchor.current?.contains(e.target as Node)) e.preventDefault();
          }}
          onCloseAutoFocus={(e) => {
            e.preventDefault();
            if (anchor.current?.isConnected) anchor.current.focus();
          }}
        >
          {children}
        </RadixPopover.Content>
      </RadixPopover.Portal>
    </RadixPopover.Root>
  );
}
