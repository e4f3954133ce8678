import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useNavigation } from '../../stores/shell/navigation';

/** The one way every empty screen leads a new user to Settings → Providers. */
export function SetUpProviderButton({ size }: { size?: 'sm' }) {
  const navigate = useNavigation((s) => s.navigate);
  const { t } = useTranslation('shell');
  return (
    <Button variant={size ? undefined : 'primary'} size={size} icon={<Icon name="plug" size={size ? 14 : undefined} />} onClick={() => navigate('settings', 'providers')}>
      {t('provider.setUp')}
    </Button>
  );
}
