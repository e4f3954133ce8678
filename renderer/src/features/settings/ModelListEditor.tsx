import { useState, type FormEvent } from 'react';
import type { ProviderView } from '../../../../shared/contract';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { relativeTime } from '../../lib/format';
import { useProviders } from '../../stores/providers';

function sourceText(p: ProviderView): string {
  if (p.modelsSource === 'fetched') return `Fetched from the provider ${relativeTime(p.modelsUpdatedAt)}`;
  if (p.modelsSource === 'manual') return `Edited by hand ${relativeTime(p.modelsUpdatedAt)}`;
  return 'Not fetched yet';
}

/** A provider's model ids: fetched from /models, and editable by hand for endpoints that do not list them. */
export function ModelListEditor({ provider: p }: { provider: ProviderView }) {
  const refreshing = useProviders((s) => s.activity[p.id]?.refreshing ?? false);
  const saving = useProviders((s) => s.activity[p.id]?.savingModels ?? false);
  const refreshModels = useProviders((s) => s.refreshModels);
  const setModels = useProviders((s) => s.setModels);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const editable = !p.fromEnvironment;

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const id = draft.trim();
    if (!id) return setError('Type a model id first.');
    if (p.models.includes(id)) return setError(`${id} is already in the list.`);
    setError(null);
    if (await setModels(p.id, [...p.models, id])) setDraft('');
  };

  return (
    <section className="models" aria-label={`Models of ${p.name}`}>
      <header className="models__header">
        <div className="row">
          <h4 className="models__title">Models</h4>
          <Badge>{p.models.length}</Badge>
          <span className="models__source">{sourceText(p)}</span>
        </div>
        <Button size="sm" variant="ghost" icon={<Icon name="refresh" size={14} />} loading={refreshing} onClick={() => void refreshModels(p.id)}>
          Refresh models
        </Button>
      </header>
      {p.models.length === 0 ? (
        <p className="models__empty">No models yet. Refresh to read the provider&apos;s list{editable ? ', or add model ids by hand below' : ''}.</p>
      ) : (
        <ul className="chips" aria-label="Model ids">
          {p.models.map((m) => (
            <li key={m} className="chip">
              <span className="mono">{m}</span>
              {editable && (
                <button
                  type="button"
                  className="chip__remove"
                  aria-label={`Remove model ${m}`}
                  disabled={saving}
                  onClick={() => void setModels(p.id, p.models.filter((x) => x !== m))}
                >
                  <Icon name="x" size={12} />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form className="models__add" onSubmit={(e) => void add(e)}>
          <input
            className="input input--mono"
            value={draft}
            onChange={(e) => {
              setDraft(e.target.value);
              setError(null);
            }}
            placeholder="Add a model id, e.g. llama3.1:8b"
            aria-label={`New model id for ${p.name}`}
            aria-invalid={error ? true : undefined}
            spellCheck={false}
          />
          <Button type="submit" size="sm" icon={<Icon name="plus" size={14} />} loading={saving}>
            Add model
          </Button>
          {error && (
            <p className="field__error models__error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
