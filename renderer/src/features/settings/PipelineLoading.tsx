import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Skeleton } from '../../components/Skeleton';
import { usePipeline } from '../../stores/settings/pipeline';

/** Skeleton rows while the pipeline configuration loads, or its load error with a retry. */
export function PipelineLoading() {
  const { t } = useTranslation('settings');
  const loadError = usePipeline((s) => s.loadError);
  const load = usePipeline((s) => s.load);
  if (loadError) return <ErrorCallout error={loadError} actions={<Button size="sm" onClick={() => void load()}>{t('tryAgain')}</Button>} />;
  return (
    <Card>
      <div className="stack" aria-busy="true" aria-label={t('loading')}>
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} height={32} />
        ))}
      </div>
    </Card>
  );
}
