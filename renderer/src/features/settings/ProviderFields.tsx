import type { ProviderKind, ProviderView } from '../../../../shared/contract';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Callout } from '../../components/Callout';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { PasswordField } from '../../components/PasswordField';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { maskedKey } from '../../lib/format';
import { COMPATIBLE_PRESETS, KIND_LABELS, presetById } from '../../lib/presets';

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
  const set = (patch: Partial<ProviderDraft>) => onChange({ ...draft, ...patch });
  const preset = presetById(draft.presetId);
  const choosePreset = (id: string) => {
    const next = presetById(id);
    const name = draft.nameTouched ? draft.name : next.id === 'custom' ? CUSTOM_NAME : next.label;
    set({ presetId: id, kind: next.kind, baseUrl: next.baseUrl, name });
  };
  const keyRequired = draft.kind === 'openai' || preset.needsKey;
  const keyHelp = editing?.key.configured
    ? 'Leave blank to keep the current key.'
    : draft.kind === 'openai'
      ? 'Find it at platform.openai.com → API keys. It is encrypted on this machine.'
      : preset.needsKey
        ? 'It is encrypted on this machine and never shown again.'
        : 'Local servers such as Ollama, LM Studio and vLLM usually need none.';

  return (
    <div className="stack">
      {editing ? (
        <div className="row">
          <span className="field__label">Kind</span>
          <Badge tone={editing.kind === 'openai' ? 'accent' : 'neutral'}>{KIND_LABELS[editing.kind]}</Badge>
        </div>
      ) : (
        <>
          {!lockKind && (
            <ChoiceGroup<ProviderKind>
              label="Kind"
              value={draft.kind}
              onChange={(kind) => choosePreset(kind === 'openai' ? 'openai' : 'openrouter')}
              options={[
                { value: 'openai', label: 'OpenAI', icon: 'cloud' },
                { value: 'compatible', label: 'OpenAI-compatible', icon: 'server' },
              ]}
            />
          )}
          {draft.kind === 'compatible' && (
            <Select label="Preset" value={draft.presetId} onChange={choosePreset} help="Fills in the usual address; you can still change it.">
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
        <TextField label="Name" value={draft.name} onChange={(name) => set({ name, nameTouched: true })} error={fieldError('name')} maxLength={80} />
        <TextField
          label="Base URL"
          value={draft.baseUrl}
          onChange={(baseUrl) => set({ baseUrl })}
          error={fieldError('baseUrl')}
          mono
          placeholder="https://…/v1"
          help={draft.kind === 'openai' && !editing ? 'The official API. Change it only for a proxy.' : undefined}
        />
      </div>
      {draft.removeKey ? (
        <Callout
          tone="warning"
          title="The stored key will be removed when you save"
          actions={
            <Button size="sm" onClick={() => set({ removeKey: false })}>
              Keep the key
            </Button>
          }
        >
          Requests to this provider will then be sent without a key.
        </Callout>
      ) : (
        <div className="key-field">
          <PasswordField
            label="API key"
            onChange={(apiKey) => set({ apiKey })}
            optional={!keyRequired || Boolean(editing)}
            placeholder={editing?.key.configured ? `${maskedKey(editing.key)} — leave blank to keep` : 'Paste the key'}
            help={keyHelp}
            error={fieldError('apiKey')}
            autoFocus={autoFocusKey}
          />
          {editing?.key.configured && (
            <Button size="sm" variant="danger-ghost" className="key-field__remove" onClick={() => set({ removeKey: true, apiKey: '' })}>
              Remove key
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
