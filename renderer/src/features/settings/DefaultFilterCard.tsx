import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { ContentFilterConfig, PipelineConfig } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Switch } from '../../components/Switch';
import { usePipeline } from '../../stores/settings/pipeline';
import { toastSuccess } from '../../stores/shell/toasts';
import { BlockRulesEditor } from './BlockRulesEditor';

/** The content filter every scene uses unless it has its own. */
export function DefaultFilterCard({ config }: { config: PipelineConfig }) {
  const { t } = useTranslation('settings');
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
    if (r.ok) toastSuccess(t('filter.saved'));
    else setError(r.error);
  };

  return (
    <Card
      title={t('filter.title')}
      description={t('filter.description')}
      footer={
        dirty ? (
          <>
            <Button onClick={() => setFilter(config.defaultFilter)}>{t('filter.discard')}</Button>
            <Button variant="primary" loading={busy} onClick={() => void save()}>
              {t('filter.save')}
            </Button>
          </>
        ) : undefined
      }
    >
      <div className="stack">
        <Switch label={t('filter.moderation')} description={t('filter.moderationHelp')} checked={filter.moderation} onChange={(moderation) => setFilter((f) => ({ ...f, moderation }))} />
        <div className="filter-rules">
          <p className="filter-rules__title">{t('filter.rules')}</p>
          <p className="filter-rules__help">{t('filter.rulesHelp')}</p>
          <BlockRulesEditor label={t('filter.defaultRules')} rules={filter.blockRules} onChange={(blockRules) => setFilter((f) => ({ ...f, blockRules }))} error={error?.details?.field?.toString().startsWith('defaultFilter') ? error.message : null} />
        </div>
        {error && !String(error.details?.field ?? '').startsWith('defaultFilter') && <ErrorCallout error={error} />}
      </div>
    </Card>
  );
}
