import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section';
import { usePipeline } from '../../stores/settings/pipeline';
import { CurrencyCard } from './CurrencyCard';
import { PipelineLoading } from './PipelineLoading';
import { PriceCatalogCard } from './PriceCatalogCard';
import '../../styles/usage-settings.css';

export function PricingSection() {
  const { t } = useTranslation('settings');
  const config = usePipeline((s) => s.config);
  return (
    <Section title={t('pricing.title')} description={t('pricing.description')}>
      {!config ? (
        <PipelineLoading />
      ) : (
        <>
          <CurrencyCard key={JSON.stringify(config.currency)} config={config} />
          <PriceCatalogCard config={config} />
        </>
      )}
    </Section>
  );
}
