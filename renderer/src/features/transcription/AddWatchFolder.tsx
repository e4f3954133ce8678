import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelRef } from '../../../../shared/contract';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { useSettings } from '../../stores/settings/settings';
import { toastSuccess } from '../../stores/shell/toasts';
import { useTranscriptionWatch } from '../../stores/transcription/watch';
import { LanguageSelect } from './LanguageSelect';
import { ModelSelect } from './ModelSelect';
import { TxIcon } from './TxIcon';

/** Adds a folder to watch: its path on this computer, the model and the language. */
export function AddWatchFolder() {
  const fallback = useSettings((s) => s.settings?.defaults['audio-offline'] ?? null);
  const add = useTranscriptionWatch((s) => s.add);
  const [path, setPath] = useState('');
  const [model, setModel] = useState<ModelRef | null>(null);
  const [language, setLanguage] = useState('');
  const [error, setError] = useState<{ field: string | null; message: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const chosen = model ?? fallback;
  const { t } = useTranslation('transcription');

  const submit = async () => {
    if (!path.trim()) return setError({ field: 'path', message: t('watch.pathMissing') });
    setSaving(true);
    const r = await add({ path: path.trim(), ...(chosen ? { model: chosen } : {}), language: language || null });
    setSaving(false);
    if (!r.ok) return setError({ field: typeof r.error.details?.field === 'string' ? r.error.details.field : null, message: r.error.message });
    setError(null);
    setPath('');
    toastSuccess(t('watch.watched'), t('watch.watchedText', { path: r.value.path, model: r.value.model }));
  };

  return (
    <form
      className="tx-watch__add"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 className="tx-watch__add-title">{t('watch.addTitle')}</h3>
      <TextField label={t('watch.path')} mono value={path} onChange={setPath} placeholder="/Users/ana/Meetings" error={error?.field === 'path' || error?.field === null ? error.message : null} />
      <div className="tx-options__row">
        <ModelSelect value={chosen} onChange={setModel} />
        <LanguageSelect value={language} onChange={setLanguage} />
      </div>
      <div className="tx-watch__add-actions">
        <Button type="submit" variant="primary" loading={saving} disabled={!chosen} icon={<TxIcon name="plus" size={14} />}>
          {t('watch.add')}
        </Button>
      </div>
    </form>
  );
}
