import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section';
import { usePipeline } from '../../stores/settings/pipeline';
import { DefaultFilterCard } from './DefaultFilterCard';
import { PipelineLoading } from './PipelineLoading';
import { PolicyTableCard } from './PolicyTableCard';
import { SceneOverridesCard } from './SceneOverridesCard';
import '../../styles/usage-policies.css';
import '../../styles/usage-settings.css';

export function PoliciesSection() {
  const { t } = useTranslation('settings');
  const config = usePipeline((s) => s.config);
  return (
    <Section title={t('policies.title')} description={t('policies.description')}>
      {!config ? (
        <PipelineLoading />
      ) : (
        <>
          {/* Keyed by the saved values: a save (here or elsewhere) starts the form afresh from them. */}
          <PolicyTableCard key={JSON.stringify(config.policies)} config={config} />
          <SceneOverridesCard config={config} />
          <DefaultFilterCard key={JSON.stringify(config.defaultFilter)} config={config} />
        </>
      )}
    </Section>
  );
}
