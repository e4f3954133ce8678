import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scene } from '../../../../../shared/contract';
import type { AppError } from '../../../../../shared/errors';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { ErrorCallout } from '../../../components/ErrorCallout';
import { Field } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { useChatScenes } from '../../../stores/chat/scenes';
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
  const { t } = useTranslation('chat');
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
          {scene ? t('scene.editing', { label: scene.label }) : t('scene.newTitle')}
          {scene?.builtin && <Badge>{t('scene.builtin')}</Badge>}
        </span>
      }
      description={t('scene.description')}
      footer={
        <>
          {scene && !scene.builtin && (
            <Button variant="danger-ghost" className="modal__footer-start" onClick={() => void remove(scene).then((ok) => ok && onClose())}>
              {t('scene.delete')}
            </Button>
          )}
          <Button onClick={() => onClose()}>{t('scene.cancel')}</Button>
          <Button variant="primary" type="submit" form={formId} loading={busy}>
            {scene ? t('scene.save') : t('scene.create')}
          </Button>
        </>
      }
    >
      <form id={formId} className="stack scene-form" aria-label={t('scene.label')} onSubmit={(e) => void submit(e)}>
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
        <Field id={modelId} label={t('scene.model')} help={t('scene.modelHelp')} optional>
          <ModelPicker id={modelId} label={t('scene.modelLabel')} value={draft.model} onChange={(model) => change({ model })} emptyLabel={t('scene.defaultModel')} className="select" />
        </Field>
      </form>
    </Modal>
  );
}
