import { useTranslation } from 'react-i18next';
import { useId, useState, type FormEvent } from 'react';
import type { PipelineConfig, SceneConfig } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { Button } from '../../components/Button';
import { Callout } from '../../components/Callout';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Modal } from '../../components/Modal';
import { NumberField } from '../../components/NumberField';
import { Switch } from '../../components/Switch';
import { usePipeline } from '../../stores/settings/pipeline';
import { toastSuccess } from '../../stores/shell/toasts';
import { BlockRulesEditor } from './BlockRulesEditor';
import { fieldUnder, type PolicyField } from './policy-draft';
import { fromSceneDraft, toSceneDraft, type SceneDraft, type SceneErrors } from './scene-draft';
import { ScenePolicyFields } from './ScenePolicyFields';

export interface SceneOverrideDialogProps {
  config: PipelineConfig;
  scene: { name: string; label: string };
  onClose: () => void;
}

/** Edits one scene's policy override, cache and content filter. */
export function SceneOverrideDialog({ config, scene, onClose }: SceneOverrideDialogProps) {
  const { t } = useTranslation(['settings', 'common']);
  const ids = useId();
  const update = usePipeline((s) => s.update);
  const existing = config.scenes[scene.name];
  const [draft, setDraft] = useState<SceneDraft>(() => toSceneDraft(existing, { ttlMs: config.cache.defaultTtlMs, filter: config.defaultFilter }));
  const [errors, setErrors] = useState<SceneErrors>({});
  const [coreError, setCoreError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const patch = (p: Partial<SceneDraft>) => setDraft((d) => ({ ...d, ...p }));

  const write = async (value: SceneConfig | undefined, done: string) => {
    const scenes = { ...config.scenes };
    if (value) scenes[scene.name] = value;
    else delete scenes[scene.name];
    setBusy(true);
    setCoreError(null);
    const r = await update({ scenes });
    setBusy(false);
    if (r.ok) {
      toastSuccess(done);
      return onClose();
    }
    const base = `scenes.${scene.name}`;
    const policyField = fieldUnder(r.error, `${base}.policy`) as PolicyField | null;
    if (policyField) setErrors({ policy: { [policyField]: r.error.message } });
    else if (fieldUnder(r.error, `${base}.cache`)) setErrors({ ttlHours: r.error.message });
    else setCoreError(r.error);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = fromSceneDraft(draft);
    if (!parsed.ok) return setErrors(parsed.errors);
    setErrors({});
    void write(parsed.value, t('sceneOverrides.saved', { scene: scene.label }));
  };

  return (
    <Modal
      open
      onClose={onClose}
      size="lg"
      title={t('sceneOverrides.dialogTitle', { scene: scene.label })}
      description={
        <>
          {t('sceneOverrides.billedBefore')} <code>{scene.name}</code>
          {t('sceneOverrides.billedAfter')}
        </>
      }
      footer={
        <>
          {existing && (
            <Button variant="danger-ghost" className="modal__footer-start" disabled={busy} onClick={() => void write(undefined, t('sceneOverrides.removed', { scene: scene.label }))}>
              {t('sceneOverrides.remove')}
            </Button>
          )}
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button variant="primary" type="submit" form="scene-override-form" loading={busy}>
            {t('sceneOverrides.save')}
          </Button>
        </>
      }
    >
      <form id="scene-override-form" className="scene-form" aria-label={t('sceneOverrides.dialogTitle', { scene: scene.label })} onSubmit={submit} noValidate>
        <section className="scene-form__group" aria-labelledby={`${ids}-policy`}>
          <h3 className="scene-form__title" id={`${ids}-policy`}>
            {t('sceneOverrides.policy')}
          </h3>
          <p className="scene-form__help">{t('sceneOverrides.policyHelp')}</p>
          <ScenePolicyFields draft={draft.policy} errors={errors.policy ?? {}} onChange={(f, v) => patch({ policy: { ...draft.policy, [f]: v } })} />
        </section>
        <section className="scene-form__group" aria-labelledby={`${ids}-cache`}>
          <h3 className="scene-form__title" id={`${ids}-cache`}>
            {t('sceneOverrides.cache')}
          </h3>
          <div className="scene-form__row">
            <ChoiceGroup
              label={t('sceneOverrides.cacheFor')}
              hideLabel
              value={draft.cache}
              onChange={(cache) => patch({ cache })}
              options={[
                { value: 'default', label: t('sceneOverrides.cacheDefault') },
                { value: 'on', label: t('sceneOverrides.on') },
                { value: 'off', label: t('sceneOverrides.off') },
              ]}
            />
            {draft.cache === 'on' && <NumberField label={t('sceneOverrides.keepFor')} unit={t('sceneOverrides.hours')} min={0} value={draft.ttlHours} onChange={(ttlHours) => patch({ ttlHours })} error={errors.ttlHours} className="scene-form__ttl" />}
          </div>
          {!config.cache.enabled && draft.cache === 'on' && <Callout tone="warning">{t('sceneOverrides.cacheOffEverywhere')}</Callout>}
        </section>
        <section className="scene-form__group" aria-labelledby={`${ids}-filter`}>
          <h3 className="scene-form__title" id={`${ids}-filter`}>
            {t('sceneOverrides.filter')}
          </h3>
          <ChoiceGroup
            label={t('sceneOverrides.filterFor')}
            hideLabel
            value={draft.filterMode}
            onChange={(filterMode) => patch({ filterMode })}
            options={[
              { value: 'default', label: t('sceneOverrides.defaultFilter') },
              { value: 'own', label: t('sceneOverrides.ownFilter') },
            ]}
          />
          {draft.filterMode === 'own' && (
            <div className="stack scene-form__filter">
              <Switch label={t('filter.moderation')} description={t('filter.moderationHelp')} checked={draft.filter.moderation} onChange={(moderation) => patch({ filter: { ...draft.filter, moderation } })} />
              <BlockRulesEditor label={t('sceneOverrides.rulesFor', { scene: scene.label })} rules={draft.filter.blockRules} onChange={(blockRules) => patch({ filter: { ...draft.filter, blockRules } })} />
            </div>
          )}
        </section>
        {coreError && <ErrorCallout error={coreError} />}
      </form>
    </Modal>
  );
}
