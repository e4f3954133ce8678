import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { useApp } from '../../stores/shell/app';

/** Always visible in demo mode so nobody mistakes simulated answers for a real model's. */
export function DemoBanner() {
  const simulator = useApp((s) => s.info?.simulator ?? false);
  const { t } = useTranslation('shell');
  if (!simulator) return null;
  return (
    <div className="banner banner--demo" role="status">
      <Icon name="flask" size={14} />
      <span>
        <strong>{t('banner.demoTitle')}</strong> {t('banner.demoText')}
      </span>
    </div>
  );
}
