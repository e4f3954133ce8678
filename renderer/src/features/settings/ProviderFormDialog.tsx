import { useState, type FormEvent } from 'react';
import type { ProviderView } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { Button } from '../../components/Button';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Modal } from '../../components/Modal';
import { toastSuccess } from '../../stores/toasts';
import { useProviders } from '../../stores/providers';
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
      return setError({ code: 'invalid_input', message: 'Paste your OpenAI API key.', hint: '', details: { field: 'apiKey' } });
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
      toastSuccess('Provider saved', draft.removeKey ? `The key for ${r.value.name} was removed.` : undefined);
    } else {
      toastSuccess('Provider added', `Reading the models ${r.value.name} offers…`);
      void refreshModels(r.value.id);
    }
  };

  const generalError = error && !FIELDS.includes(String(error.details?.field)) ? error : null;
  return (
    <Modal
      open
      onClose={onClose}
      title={editing ? `Edit ${editing.name}` : 'Add a provider'}
      description={editing ? 'Change the name, address or key.' : 'OpenAI, or any service that speaks the OpenAI API.'}
      size="lg"
    >
      <form className="stack" onSubmit={(e) => void submit(e)} noValidate aria-label={editing ? 'Edit provider' : 'Add provider'}>
        <ProviderFields draft={draft} onChange={setDraft} editing={editing ?? null} fieldError={fieldError} />
        {generalError && <ErrorCallout error={generalError} />}
        <div className="form-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" loading={busy}>
            {editing ? 'Save changes' : 'Add provider'}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
