import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Callout } from '../../components/Callout';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Icon } from '../../components/Icon';
import { Select } from '../../components/Select';
import { Switch } from '../../components/Switch';
import { useMoney } from '../../stores/chat/currency';
import { useWarningWords } from '../../lib/useWarningWords';
import { useProviders } from '../../stores/settings/providers';
import { useSettings } from '../../stores/settings/settings';
import { currentPrompt, useStudioForm } from '../../stores/image-studio/form';
import { useStudioLibrary } from '../../stores/image-studio/library';
import { ModelPicker } from './ModelPicker';
import { ParamsFields } from './ParamsFields';
import { PromptField } from './PromptField';
import { References } from './References';

/** The generate / edit form: only what the model accepts, the estimate before sending, a confirmation above the threshold. */
export function GenerateForm() {
  const { t } = useTranslation('studio');
  const money = useMoney();
  const word = useWarningWords();
  const providers = useProviders((s) => s.providers);
  const defaults = useSettings((s) => s.settings?.defaults['image-generation'] ?? null);
  const form = useStudioForm();
  const brands = useStudioLibrary((s) => s.brands);
  const boards = useStudioLibrary((s) => s.boards);
  const editing = form.inputs.length > 0;
  const e = form.estimate;
  const ready = Boolean(currentPrompt(form).trim()) && !(e?.problems.length);

  useEffect(() => {
    if (form.providerId || providers.length === 0) return;
    const ref = defaults && providers.some((p) => p.id === defaults.providerId) ? defaults : null;
    form.setModel(ref?.providerId ?? providers[0]!.id, ref?.model && ref.model.includes('image') ? ref.model : form.model);
  }, [providers, defaults, form]);

  return (
    <form
      className="st-form"
      aria-label={t('form.title')}
      onSubmit={(ev) => {
        ev.preventDefault();
        void form.submit();
      }}
    >
      <ModelPicker />
      <PromptField />
      <References />
      <ParamsFields />
      {(brands.length > 0 || boards.length > 0) && (
        <div className="st-params">
          {brands.length > 0 && (
            <Select label={t('form.brand')} value={form.brandId ?? ''} onChange={(v) => form.set({ brandId: v || null })}>
              <option value="">{t('form.noBrand')}</option>
              {brands.map((b) => (
                <option key={b.id} value={b.id}>{b.name}</option>
              ))}
            </Select>
          )}
          {boards.length > 0 && (
            <Select label={t('form.board')} value={form.boardId ?? ''} onChange={(v) => form.set({ boardId: v || null })}>
              <option value="">{t('form.noBoard')}</option>
              {boards.map((b) => (
                <option key={b.id} value={b.id}>{b.name}</option>
              ))}
            </Select>
          )}
        </div>
      )}
      <Switch
        label={t('form.batch')}
        description={editing ? t('form.batchEditing') : t('form.batchHelp')}
        checked={form.batch && !editing}
        disabled={editing}
        onChange={(v) => form.set({ batch: v })}
      />
      <div className="st-estimate" aria-live="polite" data-testid="estimate">
        {e ? (
          <>
            <strong>{e.micros === null ? t('estimate.unknown') : t('estimate.cost', { cost: money(e.micros) })}</strong>
            <span className="st-hint">{e.outputTokens === 0 && e.micros !== null ? t('estimate.perImage') : t('estimate.tokens', { input: e.inputTokens, output: e.outputTokens })}</span>
            {e.batch && e.listMicros !== null && <span className="st-hint">{t('estimate.batch', { list: money(e.listMicros) })}</span>}
            {e.needsConfirmation && e.micros !== null && <span className="st-hint">{t('estimate.overThreshold', { threshold: money(e.thresholdMicros) })}</span>}
          </>
        ) : (
          <span className="st-hint">{t('estimate.empty')}</span>
        )}
      </div>
      {e?.problems.map((p) => (
        <Callout key={p} tone="error">{p}</Callout>
      ))}
      {[...new Set(e?.warnings.map(word) ?? [])].map((w) => (
        <Callout key={w} tone="warning">{w}</Callout>
      ))}
      {form.error && <ErrorCallout error={form.error} />}
      <Button type="submit" variant="primary" size="lg" loading={form.sending} disabled={!ready} icon={<Icon name="sparkles" />}>
        {editing ? (form.variationOf ? t('form.variations') : t('form.edit')) : form.batch ? t('form.addToBatch') : t('form.generate')}
      </Button>
      <ConfirmDialog
        open={form.confirming !== null}
        title={t('confirm.title')}
        confirmLabel={t('confirm.send')}
        danger={false}
        busy={form.sending}
        onCancel={() => useStudioForm.setState({ confirming: null })}
        onConfirm={() => void form.submit(true)}
      >
        {form.confirming && (
          <p>
            {form.confirming.micros === null
              ? t('confirm.unknown')
              : t('confirm.body', { cost: money(form.confirming.micros), threshold: money(form.confirming.thresholdMicros) })}
          </p>
        )}
      </ConfirmDialog>
    </form>
  );
}
