import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { imageModelSpec } from '../../../../shared/pricing';
import { imageUrl } from '../../stores/image-studio/studio';
import { useStudioForm } from '../../stores/image-studio/form';
import { MaskEditor } from './MaskEditor';

/** Reference images for an edit (up to the model's limit) and the mask over the first one. */
export function References() {
  const { t } = useTranslation('studio');
  const inputs = useStudioForm((s) => s.inputs);
  const model = useStudioForm((s) => s.model);
  const maskPreview = useStudioForm((s) => s.maskPreview);
  const addFiles = useStudioForm((s) => s.addFiles);
  const removeInput = useStudioForm((s) => s.removeInput);
  const setMask = useStudioForm((s) => s.setMask);
  const fileRef = useRef<HTMLInputElement>(null);
  const [painting, setPainting] = useState(false);
  const edits = imageModelSpec(model)?.edits ?? null;
  const first = inputs[0];
  return (
    <section className="st-refs" aria-label={t('refs.title')}>
      <div className="st-refs__head">
        <h3>{t('refs.title')}</h3>
        <span className="st-hint">{edits ? t('refs.limit', { count: edits.maxImages }) : t('refs.noEdits')}</span>
      </div>
      {inputs.length > 0 && (
        <ul className="st-refs__list">
          {inputs.map((img, i) => (
            <li key={img.hash} className="st-ref">
              <img src={imageUrl(img.preview)} alt={img.name} />
              {i === 0 && maskPreview && <img className="st-ref__mask" src={maskPreview} alt="" />}
              <button type="button" className="st-ref__remove" aria-label={t('refs.remove', { name: img.name })} onClick={() => removeInput(img.hash)}>
                <Icon name="x" size={12} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="st-refs__actions">
        <input
          ref={fileRef}
          type="file"
          accept="image/png,image/jpeg,image/webp"
          multiple
          hidden
          data-testid="ref-input"
          onChange={(e) => {
            void addFiles([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
        <Button size="sm" icon={<Icon name="upload" />} disabled={!edits || inputs.length >= (edits?.maxImages ?? 0)} onClick={() => fileRef.current?.click()}>
          {t('refs.add')}
        </Button>
        {first && edits?.masks && (
          <Button size="sm" icon={<Icon name="edit" />} onClick={() => setPainting(true)}>
            {maskPreview ? t('refs.editMask') : t('refs.paintMask')}
          </Button>
        )}
        {maskPreview && (
          <Button size="sm" variant="ghost" onClick={() => setMask(null, null)}>{t('refs.removeMask')}</Button>
        )}
      </div>
      {first && painting && (
        <MaskEditor
          open={painting}
          image={{ url: imageUrl(first.preview), width: first.width, height: first.height }}
          onClose={() => setPainting(false)}
          onSave={(b64, preview) => {
            setMask(b64, preview);
            setPainting(false);
          }}
        />
      )}
    </section>
  );
}
