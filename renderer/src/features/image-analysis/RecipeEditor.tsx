import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_TYPES, RECIPE_KINDS, type FieldType, type Recipe, type RecipeField, type RecipeKind } from '../../../../shared/contract';
import { Button } from '../../components/Button';
import { Modal } from '../../components/Modal';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { useVision } from '../../stores/image-analysis/vision';

const blankField = (): RecipeField => ({ name: '', type: 'string', description: '', allowed: [] });

/** Edit a recipe (a built-in one is saved as the user's own copy) or write a new one; fields for extraction. */
export function RecipeEditor({ recipe, onClose }: { recipe: Recipe | null; onClose: () => void }) {
  const { t } = useTranslation('vision');
  const save = useVision((s) => s.saveRecipe);
  const [name, setName] = useState(recipe?.name ?? '');
  const [kind, setKind] = useState<RecipeKind>(recipe?.kind ?? 'fields');
  const [prompt, setPrompt] = useState(recipe?.prompt ?? '');
  const [task, setTask] = useState<Recipe['task']>(recipe?.task ?? 'extraction');
  const [fields, setFields] = useState<RecipeField[]>(recipe?.fields.length ? recipe.fields : [blankField()]);
  const [saving, setSaving] = useState(false);
  const patchField = (i: number, patch: Partial<RecipeField>) => setFields((fs) => fs.map((f, j) => (j === i ? { ...f, ...patch } : f)));

  const submit = async () => {
    setSaving(true);
    const saved = await save({
      ...(recipe && !recipe.builtin ? { id: recipe.id } : {}),
      name,
      kind,
      prompt,
      task,
      detail: recipe?.detail ?? 'auto',
      expectedOutputTokens: recipe?.expectedOutputTokens ?? (kind === 'extract_text' ? 600 : 200),
      fields: kind === 'fields' ? fields.filter((f) => f.name.trim()) : [],
    });
    setSaving(false);
    if (saved) onClose();
  };

  return (
    <Modal
      open
      onClose={onClose}
      size="lg"
      title={recipe ? t('recipe.editTitle', { name: recipe.name }) : t('recipe.newTitle')}
      description={recipe?.builtin ? t('recipe.builtinNote') : undefined}
      footer={
        <>
          <Button onClick={onClose}>{t('recipe.cancel')}</Button>
          <Button variant="primary" onClick={() => void submit()} loading={saving} disabled={!name.trim() || !prompt.trim()}>
            {t('recipe.save')}
          </Button>
        </>
      }
    >
      <div className="va-recipe">
        <div className="va-row">
          <TextField label={t('recipe.name')} value={name} onChange={setName} />
          <Select label={t('recipe.kind')} value={kind} onChange={(v) => setKind(v as RecipeKind)}>
            {RECIPE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </Select>
          <Select label={t('recipe.task')} value={task} onChange={(v) => setTask(v as Recipe['task'])}>
            <option value="extraction">{t('recipe.extraction')}</option>
            <option value="judgement">{t('recipe.judgement')}</option>
          </Select>
        </div>
        <TextArea label={t('recipe.prompt')} value={prompt} onChange={setPrompt} rows={3} />
        {kind === 'fields' && (
          <fieldset className="va-fields">
            <legend>{t('recipe.fields')}</legend>
            <p className="va-muted">{t('recipe.fieldsHelp')}</p>
            {fields.map((f, i) => (
              <div className="va-field" key={i}>
                <TextField label={t('recipe.fieldName')} value={f.name} onChange={(v) => patchField(i, { name: v })} />
                <Select label={t('recipe.fieldType')} value={f.type} onChange={(v) => patchField(i, { type: v as FieldType })}>
                  {FIELD_TYPES.map((ft) => (
                    <option key={ft} value={ft}>
                      {t(`fieldType.${ft}`)}
                    </option>
                  ))}
                </Select>
                <TextField label={t('recipe.fieldDescription')} value={f.description} onChange={(v) => patchField(i, { description: v })} />
                {f.type === 'enum' && (
                  <TextField label={t('recipe.allowed')} value={f.allowed.join(', ')} onChange={(v) => patchField(i, { allowed: v.split(',').map((s) => s.trim()).filter(Boolean) })} />
                )}
                <Button size="sm" variant="danger-ghost" onClick={() => setFields((fs) => fs.filter((_, j) => j !== i))} aria-label={t('recipe.removeField', { name: f.name })}>
                  ×
                </Button>
              </div>
            ))}
            <Button size="sm" onClick={() => setFields((fs) => [...fs, blankField()])}>
              {t('recipe.addField')}
            </Button>
          </fieldset>
        )}
      </div>
    </Modal>
  );
}
