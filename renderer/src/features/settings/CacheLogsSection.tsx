import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section';
import { usePipeline } from '../../stores/settings/pipeline';
import { CacheCard } from './CacheCard';
import { LoggingCard } from './LoggingCard';
import { PipelineLoading } from './PipelineLoading';
import { RateLimitsCard } from './RateLimitsCard';
import '../../styles/usage-settings.css';

export function CacheLogsSection() {
  const { t } = useTranslation('settings');
  const config = usePipeline((s) => s.config);
  return (
    <Section title={t('cache.title')} description={t('cache.description')}>
      {!config ? (
        <PipelineLoading />
      ) : (
        <>
          <CacheCard key={JSON.stringify(config.cache)} config={config} />
          <LoggingCard logPrompts={config.logPrompts} />
          <RateLimitsCard limits={config.limits} />
        </>
      )}
    </Section>
  );
}
