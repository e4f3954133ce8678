import { useId, useState, type FormEvent } from 'react';
import type { Scene } from '../../../../../shared/contract';
import type { AppError } from '../../../../../shared/errors';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { ErrorCallout } from '../../../components/ErrorCallout';
import { Field } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { useChatScenes } from '../../../stores/chatScenes';
import { ModelPicker } from '../ModelPicker';
import { SceneFields } from './SceneFields';
import { billingNameFor, draftOf, toInput, type SceneDraft, type SceneField } from './sceneForm';

const CORE_FIELDS: Record<string, SceneField> = { label: 'label', name: 'name', temperature: 'temperature', 'jsonSchema.name': 'schemaName', jsonSchema: 'schema' };

/** Create or edit a scene: label, billing label, description, system prompt, model, temperature, JSON schema. */
export function SceneEditorDialog({ scene, onClose }: { scene: Scene | null; onClose: (saved?: Scene) => void }) {
  const save = useChatScenes((s) => s.save);
  const remove = useChatScenes((s) => s.remove);
  const [draft, setDraft] = useState<SceneDraft>(() => draftOf(scene));
  const [nameTouched, setNameTouched] = useState(Boolean(scene));
  const [fieldError, setFieldError] = useState<{ field: SceneField; message: string } | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const formId = useId();
  const modelId = useId();

  const change = (patch: Partial<SceneDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setFieldError(null);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = toInput(draft, scene?.id);
    if (!('input' in checked)) return setFieldError(checked);
    setBusy(true);
    setError(null);
    const r = await save(checked.input);
    setBusy(false);
    if (r.ok) return onClose(r.value);
    const field = CORE_FIELDS[String(r.error.details?.field ?? '')];
    if (field) setFieldError({ field, message: r.error.message });
    else setError(r.error);
  };

  return (
    <Modal
      open
      onClose={() => onClose()}
      size="lg"
      title={
        <span className="row">
          {scene ? `Edit “${scene.label}”` : 'New scene'}
          {scene?.builtin && <Badge>Built-in</Badge>}
        </span>
      }
      description="A scene is a reusable setup: instructions, model and output format. Its billing label groups its cost in Usage."
      footer={
        <>
          {scene && !scene.builtin && (
            <Button variant="danger-ghost" className="modal__footer-start" onClick={() => void remove(scene).then((ok) => ok && onClose())}>
              Delete scene
            </Button>
          )}
          <Button onClick={() => onClose()}>Cancel</Button>
          <Button variant="primary" type="submit" form={formId} loading={busy}>
            {scene ? 'Save scene' : 'Create scene'}
          </Button>
        </>
      }
    >
      <form id={formId} className="stack scene-form" aria-label="Scene" onSubmit={(e) => void submit(e)}>
        {error && <ErrorCallout error={error} />}
        <SceneFields
          draft={draft}
          fieldError={fieldError}
          onChange={(patch) => {
            if (patch.label !== undefined && !nameTouched) patch = { ...patch, name: billingNameFor(patch.label) };
            if (patch.name !== undefined) setNameTouched(true);
            change(patch);
          }}
        />
        <Field id={modelId} label="Model" help="Used unless a conversation or a single message picks another." optional>
          <ModelPicker id={modelId} label="Scene model" value={draft.model} onChange={(model) => change({ model })} emptyLabel="Default chat model" className="select" />
        </Field>
      </form>
    </Modal>
  );
}
