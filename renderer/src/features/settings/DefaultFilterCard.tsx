import { useState } from 'react';
import type { ContentFilterConfig, PipelineConfig } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Switch } from '../../components/Switch';
import { usePipeline } from '../../stores/pipeline';
import { toastSuccess } from '../../stores/toasts';
import { BlockRulesEditor } from './BlockRulesEditor';

export const MODERATION_HELP = 'Sends your text to the provider’s free moderation endpoint first; flagged requests are not sent.';

/** The content filter every scene uses unless it has its own. */
export function DefaultFilterCard({ config }: { config: PipelineConfig }) {
  const update = usePipeline((s) => s.update);
  const [filter, setFilter] = useState<ContentFilterConfig>(config.defaultFilter);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const dirty = JSON.stringify(filter) !== JSON.stringify(config.defaultFilter);

  const save = async () => {
    setBusy(true);
    setError(null);
    const r = await update({ defaultFilter: filter });
    setBusy(false);
    if (r.ok) toastSuccess('Content filter saved');
    else setError(r.error);
  };

  return (
    <Card
      title="Content filter"
      description="An optional check of what you type, before anything is sent. Blocked requests get a clear error and are logged. Scenes can have their own filter below."
      footer={
        dirty ? (
          <>
            <Button onClick={() => setFilter(config.defaultFilter)}>Discard</Button>
            <Button variant="primary" loading={busy} onClick={() => void save()}>
              Save filter
            </Button>
          </>
        ) : undefined
      }
    >
      <div className="stack">
        <Switch label="Check with the moderation endpoint" description={MODERATION_HELP} checked={filter.moderation} onChange={(moderation) => setFilter((f) => ({ ...f, moderation }))} />
        <div className="filter-rules">
          <p className="filter-rules__title">Block rules</p>
          <p className="filter-rules__help">A request containing any of these is refused locally. Words and phrases ignore case; write /pattern/flags for a regular expression.</p>
          <BlockRulesEditor label="Default block rules" rules={filter.blockRules} onChange={(blockRules) => setFilter((f) => ({ ...f, blockRules }))} error={error?.details?.field?.toString().startsWith('defaultFilter') ? error.message : null} />
        </div>
        {error && !String(error.details?.field ?? '').startsWith('defaultFilter') && <ErrorCallout error={error} />}
      </div>
    </Card>
  );
}
