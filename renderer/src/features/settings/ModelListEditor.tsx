import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import type { ProviderView } from '../../../../shared/contract';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { i18n } from '../../i18n';
import { providerLabel, relativeTime } from '../../lib/format';
import { useProviders } from '../../stores/settings/providers';

function sourceText(p: ProviderView): string {
  if (p.modelsSource === 'fetched') return i18n.t('settings:models.fetched', { when: relativeTime(p.modelsUpdatedAt) });
  if (p.modelsSource === 'manual') return i18n.t('settings:models.manual', { when: relativeTime(p.modelsUpdatedAt) });
  return i18n.t('settings:models.notFetched');
}

/** A provider's model ids: fetched from /models, and editable by hand for endpoints that do not list them. */
export function ModelListEditor({ provider: p }: { provider: ProviderView }) {
  const { t } = useTranslation('settings');
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
    if (!id) return setError(t('models.typeFirst'));
    if (p.models.includes(id)) return setError(t('models.already', { id }));
    setError(null);
    if (await setModels(p.id, [...p.models, id])) setDraft('');
  };

  return (
    <section className="models" aria-label={t('models.of', { name: providerLabel(p) })}>
      <header className="models__header">
        <div className="row">
          <h4 className="models__title">{t('models.title')}</h4>
          <Badge>{p.models.length}</Badge>
          <span className="models__source">{sourceText(p)}</span>
        </div>
        <Button size="sm" variant="ghost" icon={<Icon name="refresh" size={14} />} loading={refreshing} onClick={() => void refreshModels(p.id)}>
          {t('models.refresh')}
        </Button>
      </header>
      {p.models.length === 0 ? (
        <p className="models__empty">{editable ? t('models.emptyEditable') : t('models.empty')}</p>
      ) : (
        <ul className="chips" aria-label={t('models.ids')}>
          {p.models.map((m) => (
            <li key={m} className="chip">
              <span className="mono">{m}</span>
              {editable && (
                <button
                  type="button"
                  className="chip__remove"
                  aria-label={t('models.remove', { model: m })}
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
            placeholder={t('models.placeholder')}
            aria-label={t('models.newFor', { name: providerLabel(p) })}
            aria-invalid={error ? true : undefined}
            spellCheck={false}
          />
          <Button type="submit" size="sm" icon={<Icon name="plus" size={14} />} loading={saving}>
            {t('models.add')}
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
