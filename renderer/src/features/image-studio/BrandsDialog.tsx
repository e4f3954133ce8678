import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Modal } from '../../components/Modal';
import { Select } from '../../components/Select';
import { Switch } from '../../components/Switch';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import type { BrandRules } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { useStudioLibrary } from '../../stores/image-studio/library';
import { toastSuccess } from '../../stores/shell/toasts';

const EMPTY: BrandRules = { blockedWords: [], requiredFormat: null, minWidth: null, minHeight: null, requireTransparent: false };

/** Brand profiles: the local compliance rules every output of that brand is checked against. */
export function BrandsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('studio');
  const brands = useStudioLibrary((s) => s.brands);
  const saveBrand = useStudioLibrary((s) => s.saveBrand);
  const removeBrand = useStudioLibrary((s) => s.removeBrand);
  const [deleting, setDeleting] = useState(false);
  const [id, setId] = useState<string | undefined>();
  const savedName = brands.find((b) => b.id === id)?.name ?? '';
  const [name, setName] = useState('');
  const [words, setWords] = useState('');
  const [rules, setRules] = useState<BrandRules>(EMPTY);
  const [error, setError] = useState<AppError | null>(null);
  const edit = (b?: { id: string; name: string; rules: BrandRules }) => {
    setId(b?.id);
    setName(b?.name ?? '');
    setWords(b?.rules.blockedWords.join('\n') ?? '');
    setRules(b?.rules ?? EMPTY);
    setError(null);
  };
  const num = (v: string) => (v.trim() ? Math.max(1, Math.round(Number(v) || 1)) : null);
  const save = async () => {
    const blockedWords = words.split('\n').map((w) => w.trim()).filter(Boolean);
    const r = await saveBrand({ ...(id ? { id } : {}), name, rules: { ...rules, blockedWords } });
    if (!r.ok) return setError(r.error);
    edit(r.value);
  };
  const remove = async () => {
    if (!id) return;
    const r = await removeBrand(id);
    setDeleting(false);
    if (!r.ok) return setError(r.error);
    toastSuccess(t('brands.deleted', { name: savedName, templates: r.value.templates, generations: r.value.generations }));
    edit();
  };
  return (
    <Modal open={open} onClose={onClose} size="lg" title={t('brands.title')} description={t('brands.description')}>
      <div className="st-lib">
        <ul className="st-lib__list">
          {brands.map((b) => (
            <li key={b.id}>
              <button type="button" onClick={() => edit(b)}>
                <strong>{b.name}</strong>
                <span className="st-hint">{t('brands.meta', { count: b.rules.blockedWords.length })}</span>
              </button>
            </li>
          ))}
          {brands.length === 0 && <li className="st-hint">{t('brands.none')}</li>}
        </ul>
        <div className="st-lib__form">
          <TextField label={t('brands.name')} value={name} onChange={setName} />
          <TextArea label={t('brands.blocked')} value={words} onChange={setWords} rows={3} help={t('brands.blockedHelp')} />
          <Select label={t('brands.format')} value={rules.requiredFormat ?? ''} onChange={(v) => setRules({ ...rules, requiredFormat: (v || null) as 'png' })}>
            <option value="">{t('brands.anyFormat')}</option>
            <option value="png">PNG</option>
            <option value="webp">WebP</option>
            <option value="jpeg">JPEG</option>
          </Select>
          <div className="st-params">
            <TextField label={t('brands.minWidth')} value={rules.minWidth?.toString() ?? ''} onChange={(v) => setRules({ ...rules, minWidth: num(v) })} inputMode="numeric" />
            <TextField label={t('brands.minHeight')} value={rules.minHeight?.toString() ?? ''} onChange={(v) => setRules({ ...rules, minHeight: num(v) })} inputMode="numeric" />
          </div>
          <Switch label={t('brands.transparent')} checked={rules.requireTransparent} onChange={(v) => setRules({ ...rules, requireTransparent: v })} />
          {error && <ErrorCallout error={error} />}
          <div className="st-review__buttons">
            {id && <Button variant="danger-ghost" onClick={() => setDeleting(true)}>{t('brands.delete')}</Button>}
            <Button onClick={() => edit()}>{t('brands.new')}</Button>
            <Button variant="primary" disabled={!name.trim()} onClick={() => void save()}>{t('brands.save')}</Button>
          </div>
        </div>
      </div>
      <ConfirmDialog open={deleting} title={t('brands.deleteTitle', { name: savedName })} confirmLabel={t('brands.delete')} onCancel={() => setDeleting(false)} onConfirm={() => void remove()}>
        <p>{t('brands.deleteBody', { name: savedName })}</p>
      </ConfirmDialog>
    </Modal>
  );
}
