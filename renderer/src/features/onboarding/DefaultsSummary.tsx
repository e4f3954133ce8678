import { useTranslation } from 'react-i18next';
import { MODALITIES } from '../../../../shared/policy';
import { modalityLabel } from '../../lib/format';
import { useSettings } from '../../stores/settings/settings';

/** The default models the first model fetch picked, so the user sees what will be used. */
export function DefaultsSummary() {
  const { t } = useTranslation('onboarding');
  const defaults = useSettings((s) => s.settings?.defaults);
  const filled = MODALITIES.filter((m) => defaults?.[m]);
  if (!defaults || filled.length === 0) {
    return <p className="muted">{t('defaults.none')}</p>;
  }
  return (
    <dl className="defaults-summary" aria-label={t('defaults.heading')}>
      {filled.map((m) => (
        <div key={m}>
          <dt>{modalityLabel(m)}</dt>
          <dd className="mono">{defaults[m]?.model}</dd>
        </div>
      ))}
    </dl>
  );
}
