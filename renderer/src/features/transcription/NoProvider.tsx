import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { SetUpProviderButton } from '../shell/SetUpProviderButton';

/** Nothing can be transcribed before a provider is connected: say so and lead to Settings. */
export function NoProvider() {
  return (
    <div className="tx-empty">
      <Card label="No provider">
        <EmptyState
          icon="waveform"
          title="Connect a provider to transcribe recordings"
          description="Atelier sends meeting recordings, in parts, to a transcription model such as whisper-1 or gpt-4o-transcribe. Add an OpenAI or OpenAI-compatible provider first — it takes a minute."
          actions={
            <SetUpProviderButton />
          }
        />
      </Card>
    </div>
  );
}
