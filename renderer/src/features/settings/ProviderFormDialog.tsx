import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import type { ProviderView } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { Button } from '../../components/Button';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Modal } from '../../components/Modal';
import { toastSuccess } from '../../stores/shell/toasts';
import { useProviders } from '../../stores/settings/providers';
import { ProviderFields, emptyDraft, type ProviderDraft } from './ProviderFields';

export type ProviderFormTarget = { mode: 'create' } | { mode: 'edit'; id: string };

const FIELDS = ['name', 'baseUrl', 'apiKey'];

const draftFor = (p: ProviderView | undefined): ProviderDraft =>
  p ? { ...emptyDraft(p.kind), presetId: 'custom', name: p.name, nameTouched: true, baseUrl: p.baseUrl } : emptyDraft('openai');

/**
 * Add or edit a provider; mounted fresh for each opening (keyed by the caller). Errors the core ties
 * to a field appear under that field, the rest above the buttons.
 */
export function ProviderFormDialog({ target, onClose }: { target: ProviderFormTarget; onClose: () => void }) {
  const { t } = useTranslation(['settings', 'common']);
  const editing = useProviders((s) => (target.mode === 'edit' ? s.providers.find((p) => p.id === target.id) : undefined));
  const create = useProviders((s) => s.create);
  const update = useProviders((s) => s.update);
  const refreshModels = useProviders((s) => s.refreshModels);
  const [draft, setDraft] = useState<ProviderDraft>(() => draftFor(editing));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const fieldError = (field: string) => (error?.details?.field === field ? error.message : null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const apiKey = draft.apiKey.trim();
    if (draft.kind === 'openai' && !editing && !apiKey) {
      return setError({ code: 'invalid_input', message: t('providerForm.pasteOpenai'), hint: '', details: { field: 'apiKey' } });
    }
    setBusy(true);
    setError(null);
    const r = editing
      ? await update({
          id: editing.id,
          ...(draft.name !== editing.name ? { name: draft.name } : {}),
          ...(draft.baseUrl !== editing.baseUrl ? { baseUrl: draft.baseUrl } : {}),
          ...(draft.removeKey ? { apiKey: null } : apiKey ? { apiKey } : {}),
        })
      : await create({ name: draft.name, kind: draft.kind, baseUrl: draft.baseUrl, ...(apiKey ? { apiKey } : {}) });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    onClose();
    if (editing) {
      toastSuccess(t('providerForm.saved'), draft.removeKey ? t('providerForm.keyRemoved', { name: r.value.name }) : undefined);
    } else {
      toastSuccess(t('providerForm.added'), t('providerForm.reading', { name: r.value.name }));
      void refreshModels(r.value.id);
    }
  };

  const generalError = error && !FIELDS.includes(String(error.details?.field)) ? error : null;
  return (
    <Modal
      open
      onClose={onClose}
      title={editing ? t('providerForm.editTitle', { name: editing.name }) : t('providerForm.addTitle')}
      description={editing ? t('providerForm.editDescription') : t('providerForm.addDescription')}
      size="lg"
    >
      <form className="stack" onSubmit={(e) => void submit(e)} noValidate aria-label={editing ? t('providerForm.editLabel') : t('providerForm.addLabel')}>
        <ProviderFields draft={draft} onChange={setDraft} editing={editing ?? null} fieldError={fieldError} />
        {generalError && <ErrorCallout error={generalError} />}
        <div className="form-actions">
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button type="submit" variant="primary" loading={busy}>
            {editing ? t('providerForm.saveChanges') : t('providerForm.addLabel')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
