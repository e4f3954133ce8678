import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { ReactNode } from 'react';
import { cx } from '../lib/cx';
import { Button, type ButtonProps } from './Button';
import { Icon, type IconName } from './Icon';

export interface MenuItem {
  label: string;
  icon?: IconName;
  onSelect: () => void;
  danger?: boolean;
  disabled?: boolean;
}

export interface MenuProps {
  /** Accessible name of the trigger button, e.g. "Actions for Budget review". */
  label: string;
  items: readonly MenuItem[];
  /** Trigger content; a "more" icon when omitted. */
  children?: ReactNode;
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
  className?: string;
}

/**
 * A button that opens a list of actions (WAI-ARIA menu button, on Radix DropdownMenu): arrows and
 * typeahead move, Enter or Space runs, Esc or a click outside closes and focus returns to the button.
 * Positioned to stay inside the window; portalled so scroll containers cannot clip it.
 */
export function Menu({ label, items, children, variant = 'ghost', size = 'sm', className }: MenuProps) {
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>
        <Button
          variant={variant}
          size={size}
          iconOnly={!children}
          icon={children ? undefined : <Icon name="more" size={15} />}
          aria-label={label}
          className={className}
          // Rows that hold a menu are often clickable themselves: opening the menu must not click the row.
          onClick={(e) => e.stopPropagation()}
        >
          {children}
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" aria-label={label} align="end" sideOffset={4} collisionPadding={8} onClick={(e) => e.stopPropagation()}>
          {items.map((item) => (
            <DropdownMenu.Item
              key={item.label}
              className={cx('menu__item', item.danger && 'menu__item--danger')}
              disabled={item.disabled}
              onSelect={() => item.onSelect()}
            >
              {item.icon && <Icon name={item.icon} size={14} />}
              {item.label}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
