import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { useMoney } from '../../stores/chat/currency';
import { imageUrl, useStudio } from '../../stores/image-studio/studio';
import { useStudioForm } from '../../stores/image-studio/form';
import { useStudioLibrary } from '../../stores/image-studio/library';
import { Select } from '../../components/Select';
import { AuditTrail } from './AuditTrail';
import { CheckList } from './CheckList';
import { ExportControls } from './ExportControls';
import { ImageViewer } from './ImageViewer';
import { ReviewActions } from './ReviewActions';

/** The selected image: viewer, compliance check, review and approval, audit trail, lineage, export. */
export function ReviewPanel() {
  const { t } = useTranslation('studio');
  const money = useMoney();
  const detail = useStudio((s) => s.detail);
  const select = useStudio((s) => s.select);
  const useAsReference = useStudioForm((s) => s.useAsReference);
  const useForVariations = useStudioForm((s) => s.useForVariations);
  const boards = useStudioLibrary((s) => s.boards);
  const assignBoard = useStudioLibrary((s) => s.assignBoard);
  if (!detail) return <EmptyState icon="image" title={t('review.emptyTitle')} description={t('review.emptyBody')} />;
  const { output: o, generation: g } = detail;
  const self = { hash: o.hash, name: `${o.id}.png`, width: o.width, height: o.height, preview: `/media/attachment/${o.hash}` };
  return (
    <aside className="st-review" aria-label={t('review.panel')} data-testid="review-panel" data-state={o.state}>
      <ImageViewer key={o.id} src={imageUrl(o.preview)} alt={o.prompt} before={detail.before ? imageUrl(detail.before.preview) : null} />
      <p className="st-review__prompt">{g.prompt}</p>
      <p className="st-hint">
        {t('review.meta', { model: g.model, width: o.width, height: o.height, cost: money(o.costMicros) })}
        {g.template && ` · ${t('review.fromTemplate', { version: g.template.version })}`}
      </p>
      <div className="st-review__lineage">
        {detail.variationOf ? (
          <Button size="sm" variant="ghost" onClick={() => void select(detail.variationOf!.id)}>{t('review.variationOf')}</Button>
        ) : (
          detail.before?.id && <Button size="sm" variant="ghost" onClick={() => void select(detail.before!.id)}>{t('review.editedFrom')}</Button>
        )}
        {detail.children.map((c) => (
          <button key={c.id} type="button" className="st-lineage-thumb" onClick={() => void select(c.id)} aria-label={t(c.kind === 'variation' ? 'review.childVariation' : 'review.child')} title={t(c.kind === 'variation' ? 'review.childVariation' : 'review.child')}>
            <img src={imageUrl(c.thumb)} alt="" />
          </button>
        ))}
        <Button size="sm" icon={<Icon name="edit" />} onClick={() => useAsReference(self, o.id)}>
          {t('review.editThis')}
        </Button>
        <Button size="sm" icon={<Icon name="sparkles" />} onClick={() => useForVariations(self, o.id, g.prompt)} title={t('review.variationsHelp')}>
          {t('review.variations')}
        </Button>
      </div>
      {boards.length > 0 && (
        <Select label={t('review.board')} value={o.boardId ?? ''} onChange={(v) => void assignBoard([o.id], v || null)}>
          <option value="">{t('form.noBoard')}</option>
          {boards.map((b) => (
            <option key={b.id} value={b.id}>{b.name}</option>
          ))}
        </Select>
      )}
      <CheckList state={o.checkState} check={o.check} />
      <ReviewActions detail={detail} />
      <ExportControls detail={detail} />
      <AuditTrail entries={detail.audit} />
    </aside>
  );
}
