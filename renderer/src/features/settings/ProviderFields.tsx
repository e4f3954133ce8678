import { useTranslation } from 'react-i18next';
import type { ProviderKind, ProviderView } from '../../../../shared/contract';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Callout } from '../../components/Callout';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { PasswordField } from '../../components/PasswordField';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { maskedKey } from '../../lib/format';
import { COMPATIBLE_PRESETS, presetById } from '../../lib/presets';

export interface ProviderDraft {
  kind: ProviderKind;
  presetId: string;
  name: string;
  /** Once the user types a name, picking a preset no longer overwrites it. */
  nameTouched: boolean;
  baseUrl: string;
  apiKey: string;
  removeKey: boolean;
}

const CUSTOM_NAME = 'My endpoint';

export function emptyDraft(kind: ProviderKind): ProviderDraft {
  const preset = presetById(kind === 'openai' ? 'openai' : 'openrouter');
  return { kind, presetId: preset.id, name: preset.label, nameTouched: false, baseUrl: preset.baseUrl, apiKey: '', removeKey: false };
}

export interface ProviderFieldsProps {
  draft: ProviderDraft;
  onChange: (draft: ProviderDraft) => void;
  /** The provider being edited; kind and preset are fixed then. */
  editing: ProviderView | null;
  fieldError: (field: string) => string | null;
  /** Hide the OpenAI / compatible switch (the onboarding asked already). */
  lockKind?: boolean;
  autoFocusKey?: boolean;
}

/** Name, kind/preset, base URL and key: the fields shared by the provider dialog and the onboarding. */
export function ProviderFields({ draft, onChange, editing, fieldError, lockKind, autoFocusKey }: ProviderFieldsProps) {
  const { t } = useTranslation('settings');
  const set = (patch: Partial<ProviderDraft>) => onChange({ ...draft, ...patch });
  const preset = presetById(draft.presetId);
  const choosePreset = (id: string) => {
    const next = presetById(id);
    const name = draft.nameTouched ? draft.name : next.id === 'custom' ? CUSTOM_NAME : next.label;
    set({ presetId: id, kind: next.kind, baseUrl: next.baseUrl, name });
  };
  const keyRequired = draft.kind === 'openai' || preset.needsKey;
  const keyHelp = editing?.key.configured
    ? t('providerForm.keepHelp')
    : draft.kind === 'openai'
      ? t('providerForm.openaiHelp')
      : preset.needsKey
        ? t('providerForm.encryptedHelp')
        : t('providerForm.localHelp');

  return (
    <div className="stack">
      {editing ? (
        <div className="row">
          <span className="field__label">{t('providerForm.kind')}</span>
          <Badge tone={editing.kind === 'openai' ? 'accent' : 'neutral'}>{editing.kind === 'openai' ? 'OpenAI' : t('providerForm.compatible')}</Badge>
        </div>
      ) : (
        <>
          {!lockKind && (
            <ChoiceGroup<ProviderKind>
              label={t('providerForm.kind')}
              value={draft.kind}
              onChange={(kind) => choosePreset(kind === 'openai' ? 'openai' : 'openrouter')}
              options={[
                { value: 'openai', label: 'OpenAI', icon: 'cloud' },
                { value: 'compatible', label: t('providerForm.compatible'), icon: 'server' },
              ]}
            />
          )}
          {draft.kind === 'compatible' && (
            <Select label={t('providerForm.preset')} value={draft.presetId} onChange={choosePreset} help={t('providerForm.presetHelp')}>
              {COMPATIBLE_PRESETS.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                  {p.baseUrl ? ` — ${p.baseUrl}` : ''}
                </option>
              ))}
            </Select>
          )}
        </>
      )}
      <div className="form-grid">
        <TextField label={t('providerForm.name')} value={draft.name} onChange={(name) => set({ name, nameTouched: true })} error={fieldError('name')} maxLength={80} />
        <TextField
          label={t('providerForm.baseUrl')}
          value={draft.baseUrl}
          onChange={(baseUrl) => set({ baseUrl })}
          error={fieldError('baseUrl')}
          mono
          placeholder="https://…/v1"
          help={draft.kind === 'openai' && !editing ? t('providerForm.officialHelp') : undefined}
        />
      </div>
      {draft.removeKey ? (
        <Callout
          tone="warning"
          title={t('providerForm.removeKeyTitle')}
          actions={
            <Button size="sm" onClick={() => set({ removeKey: false })}>
              {t('providerForm.keepKey')}
            </Button>
          }
        >
          {t('providerForm.noKeyAfter')}
        </Callout>
      ) : (
        <div className="key-field">
          <PasswordField
            label={t('providerForm.apiKey')}
            onChange={(apiKey) => set({ apiKey })}
            optional={!keyRequired || Boolean(editing)}
            placeholder={editing?.key.configured ? t('providerForm.keepPlaceholder', { masked: maskedKey(editing.key) }) : t('providerForm.pastePlaceholder')}
            help={keyHelp}
            error={fieldError('apiKey')}
            autoFocus={autoFocusKey}
          />
          {editing?.key.configured && (
            <Button size="sm" variant="danger-ghost" className="key-field__remove" onClick={() => set({ removeKey: true, apiKey: '' })}>
              {t('providerForm.removeKey')}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
