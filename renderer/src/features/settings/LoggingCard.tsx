import { Card } from '../../components/Card';
import { Switch } from '../../components/Switch';
import { usePipeline } from '../../stores/pipeline';

/** The request log's one choice: whether prompt text goes into it. */
export function LoggingCard({ logPrompts }: { logPrompts: boolean }) {
  const applyNow = usePipeline((s) => s.applyNow);
  return (
    <Card title="Request log" description="Every request is logged with its time, scene, model, tokens, cost, latency and outcome — never with API keys.">
      <Switch
        label="Include prompt text in the log"
        description={
          <>
            Off unless you turn it on. The text you send can hold personal or confidential details; with this on, its first 4,000 characters are written to <code>logs/requests.log</code> in
            the data folder, which helps when debugging a scene. Turning it off again does not remove what was already written.
          </>
        }
        checked={logPrompts}
        onChange={(v) => void applyNow({ logPrompts: v }, v ? 'Could not start logging prompts' : 'Could not stop logging prompts')}
      />
    </Card>
  );
}
