import { useTranslation } from 'react-i18next';
import { TextArea } from '../../../components/TextArea';
import { TextField } from '../../../components/TextField';
import type { SceneDraft, SceneField } from './sceneForm';

export interface SceneFieldsProps {
  draft: SceneDraft;
  fieldError: { field: SceneField; message: string } | null;
  onChange: (patch: Partial<SceneDraft>) => void;
}

/** The scene editor's text fields, with the structured-output switch and schema. */
export function SceneFields({ draft, fieldError, onChange }: SceneFieldsProps) {
  const { t } = useTranslation('chat');
  const err = (field: SceneField) => (fieldError?.field === field ? fieldError.message : null);
  return (
    <>
      <div className="form-grid scene-form__names">
        <TextField label={t('scene.fieldLabel')} value={draft.label} onChange={(label) => onChange({ label })} error={err('label')} maxLength={80} placeholder={t('scene.labelPlaceholder')} />
        <TextField
          label={t('scene.billing')}
          value={draft.name}
          onChange={(name) => onChange({ name })}
          error={err('name')}
          mono
          maxLength={80}
          placeholder="meeting_notes"
          help={t('scene.billingHelp')}
        />
      </div>
      <TextField label={t('scene.fieldDescription')} value={draft.description} onChange={(description) => onChange({ description })} optional maxLength={500} />
      <TextArea label={t('scene.systemPrompt')} value={draft.systemPrompt} onChange={(systemPrompt) => onChange({ systemPrompt })} rows={5} placeholder={t('scene.systemPlaceholder')} />
      <TextField
        label={t('scene.temperature')}
        value={draft.temperature}
        onChange={(temperature) => onChange({ temperature })}
        error={err('temperature')}
        optional
        inputMode="decimal"
        placeholder={t('scene.temperaturePlaceholder')}
        help={t('scene.temperatureHelp')}
        className="scene-form__temperature"
      />
      <label className="checkbox">
        <input type="checkbox" checked={draft.structured} onChange={(e) => onChange({ structured: e.target.checked })} />
        <span>
          <strong>{t('scene.structured')}</strong>
          <span className="muted">{t('scene.structuredText')}</span>
        </span>
      </label>
      {draft.structured && (
        <div className="stack scene-form__schema">
          <TextField label={t('scene.schemaName')} value={draft.schemaName} onChange={(schemaName) => onChange({ schemaName })} error={err('schemaName')} mono maxLength={64} />
          <TextArea label={t('scene.schema')} value={draft.schema} onChange={(schema) => onChange({ schema })} error={err('schema')} mono rows={8} spellCheck={false} />
        </div>
      )}
    </>
  );
}
