import { Trans, useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { Icon, type IconName } from '../../components/Icon';
import type { Modality } from '../../../../shared/policy';
import type { ScreenId } from '../../lib/screens';
import { useScreenMeta } from './useScreenMeta';
import { useNavigation } from '../../stores/shell/navigation';
import { useProviders } from '../../stores/settings/providers';
import { useSettings } from '../../stores/settings/settings';
import { PageHeader } from './PageHeader';
import { SetUpProviderButton } from './SetUpProviderButton';

export interface ComingSoonProps {
  screen: ScreenId;
  icon: IconName;
  headline: string;
  summary: string;
  /** What the finished screen lets people do. */
  features: string[];
  /** The modality whose default model this screen will use. */
  modality?: Modality;
}

function ModelLine({ modality }: { modality: Modality }) {
  const ref = useSettings((s) => s.settings?.defaults[modality] ?? null);
  const provider = useProviders((s) => s.providers.find((p) => p.id === ref?.providerId)?.name);
  const { t } = useTranslation('shell');
  const { t: tc } = useTranslation('common');
  if (!ref) return <p className="model-line muted">{t('comingSoon.noDefault', { modality: tc(`modalities.${modality}`) })}</p>;
  return (
    <p className="model-line">
      <Icon name="zap" size={13} />
      <span>
        <Trans t={t} i18nKey="comingSoon.willUse" values={{ model: ref.model }} components={{ strong: <strong /> }} />
        {provider && <span className="muted">{t('comingSoon.fromProvider', { provider })}</span>}
      </span>
    </p>
  );
}

/** A placeholder screen that says plainly what it will do and how to get ready for it. */
export function ComingSoon({ screen, icon, headline, summary, features, modality }: ComingSoonProps) {
  const meta = useScreenMeta(screen);
  const navigate = useNavigation((s) => s.navigate);
  const noProvider = useProviders((s) => s.loaded && s.providers.length === 0);
  const { t } = useTranslation('shell');
  const hasDefault = useSettings((s) => (modality ? Boolean(s.settings?.defaults[modality]) : true));
  const actions = noProvider ? (
    <SetUpProviderButton />
  ) : !hasDefault ? (
    <Button icon={<Icon name="layers" />} onClick={() => navigate('settings', 'defaults')}>
      {t('comingSoon.chooseDefault')}
    </Button>
  ) : undefined;
  return (
    <>
      <PageHeader title={meta.title} description={meta.description} />
      <Card label={headline}>
        <EmptyState icon={icon} title={headline} description={summary} actions={actions}>
          <ul className="feature-list">
            {features.map((f) => (
              <li key={f}>
                <Icon name="check" size={14} />
                {f}
              </li>
            ))}
          </ul>
          {noProvider ? (
            <p className="model-line muted">{t('comingSoon.connectFirst')}</p>
          ) : (
            modality && <ModelLine modality={modality} />
          )}
        </EmptyState>
      </Card>
    </>
  );
}
