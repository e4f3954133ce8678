import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { cx } from '../lib/cx';
import { Icon, type IconName } from './Icon';

export interface TabItem<T extends string> {
  id: T;
  label: string;
  icon?: IconName;
}

export interface TabsProps<T extends string> {
  items: readonly TabItem<T>[];
  value: T;
  onChange: (id: T) => void;
  label: string;
  orientation?: 'horizontal' | 'vertical';
  /** The active tab's panel. */
  children: ReactNode;
}

/**
 * WAI-ARIA tabs: arrow keys move between tabs (both axes, since narrow windows lay vertical tabs out
 * in a row), Home/End jump, and only the active tab is in the tab order.
 */
export function Tabs<T extends string>({ items, value, onChange, label, orientation = 'horizontal', children }: TabsProps<T>) {
  const base = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const tabId = (id: T) => `${base}-tab-${id}`;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const index = items.findIndex((i) => i.id === value);
    let target = -1;
    if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') target = (index - 1 + items.length) % items.length;
    else if (e.key === 'ArrowDown' || e.key === 'ArrowRight') target = (index + 1) % items.length;
    else if (e.key === 'Home') target = 0;
    else if (e.key === 'End') target = items.length - 1;
    const item = items[target];
    if (!item) return;
    e.preventDefault();
    onChange(item.id);
    listRef.current?.querySelector<HTMLButtonElement>(`#${CSS.escape(tabId(item.id))}`)?.focus();
  };

  return (
    <div className={cx('tabs', orientation === 'vertical' && 'tabs--vertical')}>
      <div ref={listRef} className="tabs__list" role="tablist" aria-label={label} aria-orientation={orientation} onKeyDown={onKeyDown}>
        {items.map((item) => (
          <button
            key={item.id}
            id={tabId(item.id)}
            type="button"
            role="tab"
            className="tabs__tab"
            aria-selected={item.id === value}
            aria-controls={`${base}-panel`}
            tabIndex={item.id === value ? 0 : -1}
            onClick={() => onChange(item.id)}
          >
            {item.icon && <Icon name={item.icon} size={15} />}
            {item.label}
          </button>
        ))}
      </div>
      <div className="tabs__panel" id={`${base}-panel`} role="tabpanel" aria-labelledby={tabId(value)} tabIndex={0}>
        {children}
      </div>
    </div>
  );
}
