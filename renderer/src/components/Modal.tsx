import * as Dialog from '@radix-ui/react-dialog';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from '../lib/cx';
import { Button } from './Button';
import { Icon } from './Icon';

/** How many dialogs are open: global shortcuts stay quiet while one is. */
let openCount = 0;

export function isModalOpen(): boolean {
  return openCount > 0;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface ModalProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  size?: 'sm' | 'md' | 'lg';
  /** Esc, the close button and a click outside close it; off for flows that must be finished or skipped. */
  dismissible?: boolean;
  className?: string;
}

/**
 * A modal dialog on Radix Dialog: focus is trapped inside and returns to where it was, the rest of the
 * page is inert to assistive technology and pointer, the page behind does not scroll, and nested
 * dialogs close innermost first.
 */
export function Modal({ open, onClose, title, description, children, footer, size = 'md', dismissible = true, className }: ModalProps) {
  const { t } = useTranslation();
  // Dialogs opened by shortcuts have no trigger for Radix to return to: remember where focus was.
  const returnFocus = useRef<HTMLElement | null>(null);
  // A layout effect runs before Radix moves focus into the dialog, so this is still the element outside.
  useLayoutEffect(() => {
    if (!open) return;
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    openCount++;
    return () => {
      openCount--;
    };
  }, [open]);

  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && dismissible && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="modal-backdrop">
          <Dialog.Content
            className={cx('modal', size !== 'md' && `modal--${size}`, className)}
            {...(description ? {} : { 'aria-describedby': undefined })}
            onOpenAutoFocus={(e) => {
              const panel = e.currentTarget as HTMLElement;
              const body = panel.querySelector<HTMLElement>('.modal__body');
              const target = panel.querySelector<HTMLElement>('[data-autofocus]') ?? body?.querySelector<HTMLElement>(FOCUSABLE) ?? panel;
              e.preventDefault();
              target.focus();
            }}
            onCloseAutoFocus={(e) => {
              e.preventDefault();
              if (returnFocus.current?.isConnected) returnFocus.current.focus();
            }}
            onEscapeKeyDown={(e) => {
              // The dialog owns Esc: screen shortcuts (stop a stream, close a pane) must not see it too.
              e.stopPropagation();
              if (!dismissible) e.preventDefault();
            }}
            onPointerDownOutside={(e) => {
              if (!dismissible) e.preventDefault();
            }}
            onInteractOutside={(e) => {
              if (!dismissible) e.preventDefault();
            }}
          >
            <header className="modal__header">
              <div>
                <Dialog.Title className="modal__title">{title}</Dialog.Title>
                {description && <Dialog.Description className="modal__description">{description}</Dialog.Description>}
              </div>
              {dismissible && <Button variant="ghost" size="sm" iconOnly aria-label={t('actions.close')} icon={<Icon name="x" />} onClick={onClose} />}
            </header>
            {/* Focusable so a long body can be scrolled from the keyboard (it may hold no controls). */}
            {children && (
              <div className="modal__body" tabIndex={0}>
                {children}
              </div>
            )}
            {footer && <footer className="modal__footer">{footer}</footer>}
          </Dialog.Content>
        </Dialog.Overlay>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
