import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/contract';
import { formatDateTime } from '../../i18n/format';

/** Who did what, when and why: append-only in core. */
export function AuditTrail({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation('studio');
  return (
    <section className="st-section" aria-label={t('audit.title')}>
      <h3>{t('audit.title')}</h3>
      <ol className="st-audit" data-testid="audit">
        {entries.map((a) => (
          <li key={a.id}>
            <span className="st-audit__what">{t(`audit.action.${a.action}` as 'audit.action.created', { defaultValue: a.action })}</span>
            <span className="st-hint">{t('audit.by', { who: a.actor, when: formatDateTime(a.at) })}</span>
            {a.reason && <q className="st-audit__why">{a.reason}</q>}
          </li>
        ))}
      </ol>
    </section>
  );
}
