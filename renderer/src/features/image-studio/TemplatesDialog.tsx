import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Modal } from '../../components/Modal';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import type { AppError } from '../../../../shared/errors';
import { templateVariables } from '../../../../shared/studio-templates';
import { downloadFile } from '../../lib/download';
import { useStudioForm } from '../../stores/image-studio/form';
import { useStudioLibrary } from '../../stores/image-studio/library';
import { toastSuccess } from '../../stores/shell/toasts';

/** Templates grouped per brand or client: write one, save new versions, import and export JSON. */
export function TemplatesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('studio');
  const templates = useStudioLibrary((s) => s.templates);
  const lib = useStudioLibrary();
  const setTemplate = useStudioForm((s) => s.setTemplate);
  const [draft, setDraft] = useState({ id: undefined as string | undefined, name: '', group: '', body: '' });
  const [error, setError] = useState<AppError | null>(null);
  const save = async () => {
    const r = await lib.saveTemplate({ ...(draft.id ? { id: draft.id } : {}), name: draft.name, group: draft.group, body: draft.body });
    if (!r.ok) return setError(r.error);
    setError(null);
    const v = r.value.versions.at(-1)!;
    setTemplate({ id: r.value.id, version: v.version, body: v.body, values: { ...v.defaults } });
    setDraft({ id: r.value.id, name: r.value.name, group: r.value.group, body: v.body });
    toastSuccess(t('templates.saved', { name: r.value.name, version: v.version }));
  };
  const importFile = async (file: File) => {
    const r = await lib.importTemplates(await file.text());
    if (!r.ok) return setError(r.error);
    toastSuccess(t('templates.imported', { count: r.value.added }));
  };
  return (
    <Modal open={open} onClose={onClose} size="lg" title={t('templates.title')} description={t('templates.description')}>
      <div className="st-lib">
        <ul className="st-lib__list">
          {templates.map((x) => (
            <li key={x.id}>
              <button type="button" onClick={() => setDraft({ id: x.id, name: x.name, group: x.group, body: x.versions.at(-1)!.body })}>
                <strong>{x.name}</strong>
                <span className="st-hint">{t('templates.meta', { group: x.group || t('templates.ungrouped'), count: x.versions.length })}</span>
              </button>
            </li>
          ))}
          {templates.length === 0 && <li className="st-hint">{t('templates.none')}</li>}
        </ul>
        <div className="st-lib__form">
          <TextField label={t('templates.name')} value={draft.name} onChange={(name) => setDraft({ ...draft, name })} />
          <TextField label={t('templates.group')} value={draft.group} onChange={(group) => setDraft({ ...draft, group })} help={t('templates.groupHelp')} />
          <TextArea label={t('templates.body')} value={draft.body} onChange={(body) => setDraft({ ...draft, body })} rows={4} help={t('templates.bodyHelp', { vars: templateVariables(draft.body).map((v) => `{${v}}`).join(', ') || '—' })} />
          {error && <ErrorCallout error={error} />}
          <div className="st-review__buttons">
            <Button onClick={() => setDraft({ id: undefined, name: '', group: '', body: '' })}>{t('templates.new')}</Button>
            {draft.id && <Button variant="danger-ghost" onClick={() => void lib.removeTemplate(draft.id!).then(() => setDraft({ id: undefined, name: '', group: '', body: '' }))}>{t('templates.remove')}</Button>}
            <Button variant="primary" onClick={() => void save()} disabled={!draft.name.trim() || !draft.body.trim()}>
              {draft.id ? t('templates.saveVersion') : t('templates.create')}
            </Button>
          </div>
        </div>
      </div>
      <div className="st-review__buttons">
        <label className="btn btn--secondary btn--sm">
          {t('templates.import')}
          <input type="file" accept="application/json,.json" hidden onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])} />
        </label>
        <Button size="sm" onClick={() => void lib.exportTemplates().then((f) => f && downloadFile({ filename: f.filename, mime: 'application/json', content: f.json }))}>{t('templates.export')}</Button>
      </div>
    </Modal>
  );
}
