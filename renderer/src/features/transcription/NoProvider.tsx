import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { useNavigation } from '../../stores/navigation';

/** Nothing can be transcribed before a provider is connected: say so and lead to Settings. */
export function NoProvider() {
  const navigate = useNavigation((s) => s.navigate);
  return (
    <div className="tx-empty">
      <Card label="No provider">
        <EmptyState
          icon="waveform"
          title="Connect a provider to transcribe recordings"
          description="Atelier sends meeting recordings, in parts, to a transcription model such as whisper-1 or gpt-4o-transcribe. Add an OpenAI or OpenAI-compatible provider first — it takes a minute."
          actions={
            <Button variant="primary" icon={<Icon name="plug" />} onClick={() => navigate('settings', 'providers')}>
              Set up a provider
            </Button>
          }
        />
      </Card>
    </div>
  );
}
