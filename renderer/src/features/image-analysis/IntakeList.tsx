import { useTranslation } from 'react-i18next';
import { useVision } from '../../stores/image-analysis/vision';
import { thumbSrc } from './results';
import { StateBadge } from './StateBadge';
import { errorText } from '../../i18n/errors';

const kb = (b: number) => (b > 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(b / 1024))} KB`);

/** The images taken in, with their size and, for files that cannot be read, why. */
export function IntakeList() {
  const { t } = useTranslation('vision');
  const items = useVision((s) => s.detail!.items);
  return (
    <div className="va-intake" data-testid="vision-intake">
      <h3>{t('intake.title', { count: items.length })}</h3>
      <ul>
        {items.slice(0, 500).map((i) => (
          <li key={i.id} className={i.state === 'failed' ? 'is-failed' : undefined}>
            {thumbSrc(i) ? <img src={thumbSrc(i)!} alt="" loading="lazy" /> : <span className="va-thumb-missing" aria-hidden="true" />}
            <span className="va-intake-name" title={i.folder ? `${i.folder}/${i.name}` : i.name}>{i.name}</span>
            <span className="va-muted">{i.width ? `${i.width}×${i.height} · ${kb(i.bytes)}` : kb(i.bytes)}</span>
            {i.state === 'failed' ? <span className="va-error">{errorText(i.error)}</span> : <StateBadge state={i.state} />}
          </li>
        ))}
      </ul>
      {items.length > 500 && <p className="va-muted">{t('intake.more', { count: items.length - 500 })}</p>}
    </div>
  );
}
