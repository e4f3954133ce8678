import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useNavigation } from '../../stores/navigation';

/** The one way every empty screen leads a new user to Settings → Providers. */
export function SetUpProviderButton({ size }: { size?: 'sm' }) {
  const navigate = useNavigation((s) => s.navigate);
  return (
    <Button variant={size ? undefined : 'primary'} size={size} icon={<Icon name="plug" size={size ? 14 : undefined} />} onClick={() => navigate('settings', 'providers')}>
      Set up a provider
    </Button>
  );
}
