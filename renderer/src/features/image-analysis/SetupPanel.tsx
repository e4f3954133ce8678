import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DETAILS, type BatchMode } from '../../../../shared/contract';
import type { VisionDetail } from '../../../../shared/pricing';
import { Button } from '../../components/Button';
import { ModelPicker } from '../../components/ModelPicker';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { fitsPicker } from '../../lib/models';
import { useProviders } from '../../stores/settings/providers';
import { useSettings } from '../../stores/settings/settings';
import { useVision } from '../../stores/image-analysis/vision';
import { EstimateTable } from './EstimateTable';
import { IntakeList } from './IntakeList';
import { RecipeEditor } from './RecipeEditor';
import { recipeName } from '../../lib/builtins';

/** Recipe, model, detail level, mode and cap; the estimate comparison; then Start. */
export function SetupPanel() {
  const { t } = useTranslation('vision');
  const recipes = useVision((s) => s.recipes);
  const options = useVision((s) => s.options);
  const setOptions = useVision((s) => s.setOptions);
  const start = useVision((s) => s.start);
  const busy = useVision((s) => s.busy);
  const batch = useVision((s) => s.detail!.batch);
  const providers = useProviders((s) => s.providers);
  const defaults = useSettings((s) => s.settings?.defaults['image-understanding'] ?? null);
  const [editing, setEditing] = useState<'new' | 'edit' | null>(null);
  const models = providers.flatMap((p) => p.models.filter((m) => fitsPicker(m, 'image-understanding')).map((m) => ({ providerId: p.id, model: m })));

  useEffect(() => {
    if (!options.model && (defaults ?? models[0])) setOptions({ model: defaults ?? { providerId: models[0]!.providerId, model: models[0]!.model } });
  }, [defaults, models, options.model, setOptions]);

  const recipe = recipes.find((r) => r.id === options.recipeId);
  const editable = batch.state === 'draft' || ['done', 'failed', 'cancelled', 'stopped_budget', 'interrupted'].includes(batch.state);
  return (
    <div className="va-setup">
      <div className="va-setup-form">
        <div className="va-row">
          <Select label={t('setup.recipe')} value={options.recipeId} onChange={(v) => setOptions({ recipeId: v })}>
            {recipes.map((r) => (
              <option key={r.id} value={r.id}>
                {recipeName(r)}
              </option>
            ))}
          </Select>
          <div className="va-row-actions">
            <Button size="sm" onClick={() => setEditing('edit')} disabled={!recipe}>
              {t('setup.editRecipe')}
            </Button>
            <Button size="sm" onClick={() => setEditing('new')}>
              {t('setup.newRecipe')}
            </Button>
          </div>
        </div>
        {recipe && <p className="va-muted va-recipe-prompt">{recipe.kind === 'fields' ? t('setup.fields', { fields: recipe.fields.map((f) => f.name).join(', ') }) : recipe.prompt}</p>}
        <div className="va-row">
          <ModelPicker field modality="image-understanding" label={t('setup.model')} value={options.model} onChange={(model) => model && setOptions({ model })} />
          <Select label={t('setup.detail')} value={options.detail} onChange={(v) => setOptions({ detail: v as VisionDetail })}>
            {DETAILS.map((d) => (
              <option key={d} value={d}>
                {t(`detail.${d}`)}
              </option>
            ))}
          </Select>
          <Select label={t('setup.mode')} value={options.mode} onChange={(v) => setOptions({ mode: v as BatchMode })}>
            <option value="live">{t('mode.live')}</option>
            <option value="batch_api">{t('mode.batchApi')}</option>
          </Select>
          <TextField label={t('setup.cap')} inputMode="decimal" placeholder={t('setup.noCap')} value={options.budget} onChange={(v) => setOptions({ budget: v })} />
        </div>
        {options.mode === 'batch_api' && <p className="va-muted">{t('mode.batchApiHelp')}</p>}
        <EstimateTable />
        <div className="va-start">
          <Button variant="primary" onClick={() => void start()} disabled={!editable || !options.model || busy || batch.counts.total === 0} loading={busy} data-testid="vision-start">
            {batch.state === 'draft' ? t('setup.start', { count: batch.counts.pending }) : t('setup.again')}
          </Button>
        </div>
      </div>
      <IntakeList />
      {editing && <RecipeEditor recipe={editing === 'edit' ? recipe ?? null : null} onClose={() => setEditing(null)} />}
    </div>
  );
}
