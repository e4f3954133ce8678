import { Section } from '../../components/Section';
import { usePipeline } from '../../stores/pipeline';
import { CurrencyCard } from './CurrencyCard';
import { PipelineLoading } from './PipelineLoading';
import { PriceCatalogCard } from './PriceCatalogCard';
import '../../styles/usage-settings.css';

export function PricingSection() {
  const config = usePipeline((s) => s.config);
  return (
    <Section title="Pricing & currency" description="What each model costs, used for estimates before sending, budgets and the ledger.">
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
