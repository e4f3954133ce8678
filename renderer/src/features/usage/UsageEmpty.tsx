import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { useNavigation } from '../../stores/navigation';
import { useProviders } from '../../stores/providers';
import { useUsage } from '../../stores/usage';
import { SetUpProviderButton } from '../shell/SetUpProviderButton';

/** Nothing in the ledger for this period: say so, and point at the next step. */
export function UsageEmpty() {
  const navigate = useNavigation((s) => s.navigate);
  const noProvider = useProviders((s) => s.loaded && s.providers.length === 0);
  const preset = useUsage((s) => s.preset);
  const setPreset = useUsage((s) => s.setPreset);
  const actions = noProvider ? (
    <SetUpProviderButton />
  ) : (
    <>
      {preset !== '30d' && <Button onClick={() => setPreset('30d')}>Show the last 30 days</Button>}
      <Button variant="primary" icon={<Icon name="chat" />} onClick={() => navigate('chat')}>
        Go to Chat
      </Button>
    </>
  );
  return (
    <Card label="No usage">
      <EmptyState
        icon="chart"
        title="No requests yet in this period"
        description={
          noProvider
            ? 'Connect an AI provider first. Every model call is then recorded here with its tokens, cost and latency.'
            : 'Every model call — chat, image analysis, image generation and transcription — is recorded here with its tokens, cost and latency.'
        }
        actions={actions}
      />
    </Card>
  );
}
