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
  const err = (field: SceneField) => (fieldError?.field === field ? fieldError.message : null);
  return (
    <>
      <div className="form-grid scene-form__names">
        <TextField label="Label" value={draft.label} onChange={(label) => onChange({ label })} error={err('label')} maxLength={80} placeholder="Meeting notes" />
        <TextField
          label="Billing label"
          value={draft.name}
          onChange={(name) => onChange({ name })}
          error={err('name')}
          mono
          maxLength={80}
          placeholder="meeting_notes"
          help="How Usage and budgets name this scene's cost."
        />
      </div>
      <TextField label="Description" value={draft.description} onChange={(description) => onChange({ description })} optional maxLength={500} />
      <TextArea label="System prompt" value={draft.systemPrompt} onChange={(systemPrompt) => onChange({ systemPrompt })} rows={5} placeholder="You are…" />
      <TextField
        label="Temperature"
        value={draft.temperature}
        onChange={(temperature) => onChange({ temperature })}
        error={err('temperature')}
        optional
        inputMode="decimal"
        placeholder="Model default"
        help="0 for consistent answers, up to 2 for more varied ones. Reasoning models ignore it."
        className="scene-form__temperature"
      />
      <label className="checkbox">
        <input type="checkbox" checked={draft.structured} onChange={(e) => onChange({ structured: e.target.checked })} />
        <span>
          <strong>Structured output</strong>
          <span className="muted"> — replies follow a JSON schema and are shown as a table.</span>
        </span>
      </label>
      {draft.structured && (
        <div className="stack scene-form__schema">
          <TextField label="Schema name" value={draft.schemaName} onChange={(schemaName) => onChange({ schemaName })} error={err('schemaName')} mono maxLength={64} />
          <TextArea label="JSON schema" value={draft.schema} onChange={(schema) => onChange({ schema })} error={err('schema')} mono rows={8} spellCheck={false} />
        </div>
      )}
    </>
  );
}
