import { useTranslation } from 'react-i18next';
import type { ComponentType } from 'react';
import { Tabs } from '../../components/Tabs';
import { SETTINGS_SECTIONS, type SettingsSectionId } from '../../lib/screens';
import { useScreenMeta } from '../shell/useScreenMeta';
import { useNavigation } from '../../stores/shell/navigation';
import { PageHeader } from '../shell/PageHeader';
import { AppearanceSection } from './AppearanceSection';
import { BudgetsSection } from './BudgetsSection';
import { CacheLogsSection } from './CacheLogsSection';
import { DataSection } from './DataSection';
import { DefaultModelsSection } from './DefaultModelsSection';
import { KeyStorageSection } from './KeyStorageSection';
import { PoliciesSection } from './PoliciesSection';
import { PricingSection } from './PricingSection';
import { ProvidersSection } from './ProvidersSection';
import { ShortcutsSection } from './ShortcutsSection';
import { StudioSection } from './StudioSection';

const SECTIONS: Record<SettingsSectionId, ComponentType> = {
  providers: ProvidersSection,
  defaults: DefaultModelsSection,
  policies: PoliciesSection,
  budgets: BudgetsSection,
  pricing: PricingSection,
  cache: CacheLogsSection,
  studio: StudioSection,
  keys: KeyStorageSection,
  appearance: AppearanceSection,
  data: DataSection,
  shortcuts: ShortcutsSection,
};

export function SettingsScreen() {
  const section = useNavigation((s) => s.route.section);
  const navigate = useNavigation((s) => s.navigate);
  const meta = useScreenMeta('settings');
  const Section = SECTIONS[section];
  const { t } = useTranslation('settings');
  const items = SETTINGS_SECTIONS.map((s) => ({ ...s, label: t(`sections.${s.id}`) }));
  return (
    <>
      <PageHeader title={meta.title} description={meta.description} />
      <Tabs items={items} value={section} onChange={(id) => navigate('settings', id)} label={t('sectionsLabel')} orientation="vertical">
        <Section />
      </Tabs>
    </>
  );
}
