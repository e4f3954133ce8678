import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../stores/shell/navigation';
import { useToasts } from '../stores/shell/toasts';
import { Button } from './Button';
import { Icon } from './Icon';

const ICONS = { info: 'info', success: 'checkCircle', warning: 'alertCircle', error: 'alertCircle' } as const;

/** Nobody reads a toast in a hidden window: its clock waits until the window shows again. */
function holdWhileHidden(): () => void {
  const sync = () => (document.hidden ? useToasts.getState().hold('hidden') : useToasts.getState().release('hidden'));
  sync();
  document.addEventListener('visibilitychange', sync);
  return () => {
    document.removeEventListener('visibilitychange', sync);
    useToasts.getState().release('hidden');
  };
}

/** Renders the toast store; clocks stop while the pointer or focus is on the toasts (WCAG 2.2.1); errors are announced assertively, the rest politely. */
export function Toaster() {
  const toasts = useToasts((s) => s.toasts);
  const dismiss = useToasts((s) => s.dismiss);
  const { t: tr } = useTranslation('common');
  const screen = useNavigation((s) => s.route.screen);
  useEffect(() => useToasts.getState().onScreen(screen), [screen]);
  useEffect(() => holdWhileHidden(), []);
  const { hold, release } = useToasts.getState();
  return (
    <div
      className="toaster"
      aria-live="polite"
      onPointerEnter={() => hold('pointer')}
      onPointerLeave={() => release('pointer')}
      onFocus={() => hold('focus')}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) release('focus');
      }}
    >
      {toasts.map((t) => (
        <div key={t.id} className={`toast toast--${t.tone}`} role={t.tone === 'error' || t.tone === 'warning' ? 'alert' : 'status'}>
          <Icon name={ICONS[t.tone]} size={16} className="toast__icon" />
          <div className="toast__body">
            <p className="toast__title">
              {t.title}
              {t.count > 1 && <span className="toast__count"> ×{t.count}</span>}
            </p>
            {t.message && <p className="toast__message">{t.message}</p>}
            {t.hint && <p className="toast__hint">{t.hint}</p>}
            {t.action && (
              <Button
                variant="secondary"
                size="sm"
                className="toast__action"
                onClick={() => {
                  dismiss(t.id);
                  t.action?.run();
                }}
              >
                {t.action.label}
              </Button>
            )}
          </div>
          <Button variant="ghost" size="sm" iconOnly aria-label={tr('misc.dismiss')} icon={<Icon name="x" size={14} />} onClick={() => dismiss(t.id)} />
        </div>
      ))}
    </div>
  );
}
