import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/Badge';
import { ModelPicker as SharedModelPicker } from '../../components/ModelPicker';
import { IMAGE_MODELS, imageModelSpec, imageModelStatus } from '../../../../shared/pricing';
import { useStudioForm } from '../../stores/image-studio/form';
import { imageModelHelp } from '../../lib/warnings';

const today = () => new Date().toISOString().slice(0, 10);
/** Offered under a provider that lists no image models (a gateway that serves them unlisted). */
const CATALOG = IMAGE_MODELS.map((m) => m.id);
/** The catalog's order: the current models first, then deprecated and retired ones. */
const byCatalog = (a: string, b: string) => (CATALOG.indexOf(a) + 1 || CATALOG.length + 1) - (CATALOG.indexOf(b) + 1 || CATALOG.length + 1) || a.localeCompare(b);

/** The image model, by provider (the shared picker), each with its deprecation or retirement date. */
export function ModelPicker() {
  const { t } = useTranslation('studio');
  const providerId = useStudioForm((s) => s.providerId);
  const model = useStudioForm((s) => s.model);
  const setModel = useStudioForm((s) => s.setModel);
  const spec = imageModelSpec(model);
  const status = spec ? imageModelStatus(spec, today()) : 'current';
  const note = (id: string) => {
    const s = imageModelSpec(id);
    if (!s) return null;
    const st = imageModelStatus(s, today());
    if (st === 'current') return null;
    const date = (st === 'retired' ? s.retired : s.deprecated) ?? t('model.undated');
    return st === 'retired' ? t('model.retiredNote', { date }) : t('model.deprecatedNote', { date });
  };
  return (
    <div className="st-model">
      <SharedModelPicker
        field
        modality="image-generation"
        label={t('form.model')}
        help={spec ? imageModelHelp(spec, today()) : undefined}
        value={providerId ? { providerId, model } : null}
        onChange={(ref) => ref && setModel(ref.providerId, ref.model)}
        unlisted={CATALOG}
        order={byCatalog}
        note={note}
      />
      {status !== 'current' && <Badge tone={status === 'retired' ? 'danger' : 'warning'}>{t(`model.badge.${status}`)}</Badge>}
    </div>
  );
}
