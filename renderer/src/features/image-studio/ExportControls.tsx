import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { useApp } from '../../stores/shell/app';
import { useStudioLibrary } from '../../stores/image-studio/library';
import type { ExportResult, OutputDetail } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api';

/** Export an approved image: the original untouched plus a sidecar JSON, optionally a local upscale. */
export function ExportControls({ detail }: { detail: OutputDetail }) {
  const { t } = useTranslation('studio');
  const [factor, setFactor] = useState<1 | 2 | 4>(1);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const approved = detail.output.state === 'approved';
  const desktop = useApp((s) => s.info?.mode === 'desktop');
  const saved = useStudioLibrary((s) => s.settings?.exportDir ?? '');
  const updateSettings = useStudioLibrary((s) => s.updateSettings);
  const chooseFolder = useStudioLibrary((s) => s.chooseExportFolder);
  const [folder, setFolder] = useState(saved);
  useEffect(() => setFolder(saved), [saved]);
  const saveFolder = async (dir: string) => {
    const e = await updateSettings({ exportDir: dir.trim() });
    if (e) setError(e);
  };
  const run = async () => {
    setBusy(true);
    const r = await call('studio.export', { id: detail.output.id, upscale: factor, ...(folder.trim() ? { dir: folder.trim() } : {}) });
    setBusy(false);
    setResult(r.ok ? r.value : null);
    setError(r.ok ? null : r.error);
  };
  return (
    <section className="st-section" aria-label={t('export.title')}>
      <h3>{t('export.title')}</h3>
      {!approved && <p className="st-hint">{t('export.onlyApproved')}</p>}
      {desktop ? (
        <div className="st-export__folder">
          <span className="st-hint">{t('export.folder')}</span>
          <code title={saved || t('export.folderDefault')}>{saved || t('export.folderDefault')}</code>
          <Button size="sm" onClick={() => void chooseFolder().then((p) => (p ? saveFolder(p) : undefined))}>{t('export.folderChoose')}</Button>
          {saved && <Button size="sm" variant="ghost" onClick={() => void saveFolder('')}>{t('export.folderReset')}</Button>}
        </div>
      ) : (
        <TextField
          label={t('export.folder')}
          value={folder}
          onChange={setFolder}
          onBlur={() => folder.trim() !== saved && void saveFolder(folder)}
          placeholder={t('export.folderDefault')}
          help={t('export.folderHelp')}
          spellCheck={false}
          mono
        />
      )}
      <div className="st-export">
        <Select label={t('export.upscale')} value={String(factor)} onChange={(v) => setFactor(Number(v) as 1)} disabled={!approved}>
          <option value="1">{t('export.none')}</option>
          <option value="2">{t('export.local', { factor: 2 })}</option>
          <option value="4">{t('export.local', { factor: 4 })}</option>
        </Select>
        <Button variant="primary" disabled={!approved} loading={busy} onClick={() => void run()}>{t('export.run')}</Button>
      </div>
      {error && <ErrorCallout error={error} />}
      {result && (
        <p className="st-hint" data-testid="export-result">
          {t('export.done', { dir: result.dir, count: result.files.length })}
        </p>
      )}
    </section>
  );
}
