import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewView, VisionItem } from '../../../../shared/contract';
import { call } from '../../api';
import { Button } from '../../components/Button';
import { Modal } from '../../components/Modal';
import { Select } from '../../components/Select';
import { useMoney } from '../../stores/chat/currency';
import { useVision } from '../../stores/image-analysis/vision';
import { CorrectionField } from './CorrectionField';
import { thumbSrc } from './results';
import { ZoomPan } from './ZoomPan';
import { errorText } from '../../i18n/errors';
import { recipeName } from '../../lib/builtins';

const kb = (b: number) => `${Math.max(1, Math.round(b / 1024)).toLocaleString()} KB`;

/** One image beside its answer: zoom and pan, what was sent, corrections by hand, re-run, crop, open in chat. */
export function ItemDetail({ item, columns, onClose }: { item: VisionItem; columns: string[]; onClose: () => void }) {
  const { t } = useTranslation('vision');
  const batch = useVision((s) => s.detail!.batch);
  const options = useVision((s) => s.options);
  const recipes = useVision((s) => s.recipes);
  const rerun = useVision((s) => s.rerun);
  const setCrop = useVision((s) => s.setCrop);
  const openInChat = useVision((s) => s.openInChat);
  const money = useMoney();
  const [preview, setPreview] = useState<PreviewView | null>(null);
  const [cropMode, setCropMode] = useState(false);
  const [busy, setBusy] = useState(false);
  const [recipeId, setRecipeId] = useState(batch.recipe.id);
  const model = batch.model ?? options.model?.model ?? 'gpt-4.1-mini';
  const detail = batch.detail === 'original' ? 'high' : batch.detail;

  useEffect(() => {
    if (item.format === null) return;
    let live = true;
    void call('vision.preview', { itemId: item.id, model, detail }).then((r) => live && r.ok && setPreview(r.value));
    return () => {
      live = false;
    };
  }, [item.id, item.crop, model, detail, item.format]);

  const again = async () => {
    setBusy(true);
    await rerun(item.id, options.model ?? undefined, recipeId !== batch.recipe.id ? recipeId : undefined);
    setBusy(false);
  };

  return (
    <Modal open onClose={onClose} size="lg" title={item.name} description={item.folder || undefined} className="va-detail-modal">
      <div className="va-detail">
        <div className="va-detail-image">
          {preview ? (
            <ZoomPan src={preview.dataUrl} alt={item.name} original={preview.original} cropMode={cropMode} crop={item.crop} onCrop={(c) => { setCropMode(false); void setCrop(item.id, c); }} />
          ) : thumbSrc(item) ? (
            <img src={thumbSrc(item)!} alt={item.name} />
          ) : (
            <p className="va-error">{errorText(item.error)}</p>
          )}
          {preview && (
            <dl className="va-sent" data-testid="vision-preview">
              <dt>{t('detail.originalSize')}</dt>
              <dd>{`${preview.original.width}×${preview.original.height} · ${kb(preview.original.bytes)}${preview.original.hadGps ? ` · ${t('detail.gpsRemoved')}` : ''}`}</dd>
              <dt>{t('detail.sent')}</dt>
              <dd>{`${preview.sent.width}×${preview.sent.height} · ${kb(preview.sent.bytes)} · ${t('detail.tokens', { count: preview.tokens ?? 0 })}`}</dd>
            </dl>
          )}
          <div className="va-detail-tools">
            <Button size="sm" onClick={() => setCropMode((c) => !c)} disabled={!preview || item.crop !== null}>
              {cropMode ? t('detail.cropping') : t('detail.crop')}
            </Button>
            {item.crop && <Button size="sm" onClick={() => void setCrop(item.id, null)}>{t('detail.uncrop')}</Button>}
          </div>
        </div>
        <div className="va-detail-answer">
          {item.state === 'failed' && <p className="va-error">{errorText(item.error)}</p>}
          {columns.map((c) => (
            <CorrectionField key={`${item.id}-${c}`} item={item} column={c} />
          ))}
          {item.inputTokens !== null && (
            <p className="va-muted">
              {t('detail.usage', { model: item.model ?? '', input: item.inputTokens, estimate: item.estimatedInputTokens ?? 0, output: item.outputTokens ?? 0, cost: money(item.costMicros) })}
              {item.cached ? ` · ${t('results.cached')}` : ''}
            </p>
          )}
          <div className="va-row">
            <Select label={t('detail.recipe')} value={recipeId} onChange={setRecipeId}>
              {recipes.map((r) => (
                <option key={r.id} value={r.id}>{recipeName(r)}</option>
              ))}
            </Select>
          </div>
          <div className="va-detail-tools">
            <Button onClick={() => void again()} loading={busy} disabled={item.format === null}>
              {t('detail.rerun', { model: options.model?.model ?? model })}
            </Button>
            <Button onClick={() => void openInChat(item.id)} disabled={item.format === null}>
              {t('detail.openInChat')}
            </Button>
          </div>
        </div>
      </div>
    </Modal>
  );
}
