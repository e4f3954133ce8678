import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Icon } from '../../components/Icon';
import { useOnboarding } from '../../stores/onboarding/onboarding';
import { ProviderFields, emptyDraft, type ProviderDraft } from '../settings/ProviderFields';

export function ConnectStep() {
  const choice = useOnboarding((s) => s.choice);
  const busy = useOnboarding((s) => s.busy);
  const error = useOnboarding((s) => s.error);
  const fieldError = useOnboarding((s) => s.fieldError);
  const connect = useOnboarding((s) => s.connect);
  const back = useOnboarding((s) => s.back);
  const [draft, setDraft] = useState<ProviderDraft>(() => emptyDraft(choice));
  const [missingKey, setMissingKey] = useState(false);
  const { t } = useTranslation('onboarding');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (choice === 'openai' && !draft.apiKey.trim()) return setMissingKey(true);
    setMissingKey(false);
    void connect({ name: draft.name, baseUrl: draft.baseUrl, apiKey: draft.apiKey });
  };
  const errorFor = (field: string) =>
    field === 'apiKey' && missingKey ? t('connect.missingKey') : fieldError?.field === field ? fieldError.message : null;

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label={t('connect.form')}>
      <ProviderFields draft={draft} onChange={setDraft} editing={null} fieldError={errorFor} lockKind autoFocusKey={choice === 'openai'} />
      {error && <ErrorCallout error={error} />}
      <div className="onboarding__actions">
        <Button icon={<Icon name="arrowLeft" size={14} />} onClick={back} disabled={busy}>
          {t('connect.back')}
        </Button>
        <span className="onboarding__status" role="status">
          {busy ? t('connect.checking') : ''}
        </span>
        <Button type="submit" variant="primary" loading={busy}>
          {t('connect.connect')}
        </Button>
      </div>
    </form>
  );
}
