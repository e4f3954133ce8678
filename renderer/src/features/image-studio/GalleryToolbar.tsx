import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../components/Select';
import { IMAGE_MODELS } from '../../../../shared/pricing';
import { useStudio } from '../../stores/image-studio/studio';
import { useStudioLibrary } from '../../stores/image-studio/library';

/** Filters (state, model, template, board, dates) and full-text search over prompts and notes. */
export function GalleryToolbar() {
  const { t } = useTranslation('studio');
  const filter = useStudio((s) => s.filter);
  const setFilter = useStudio((s) => s.setFilter);
  const count = useStudio((s) => s.cards.length);
  const templates = useStudioLibrary((s) => s.templates);
  const boards = useStudioLibrary((s) => s.boards);
  const [query, setQuery] = useState(filter.query ?? '');
  useEffect(() => {
    const timer = setTimeout(() => {
      if ((filter.query ?? '') !== query) setFilter({ query: query || undefined });
    }, 250);
    return () => clearTimeout(timer);
  }, [query, filter.query, setFilter]);
  return (
    <div className="st-toolbar" role="search">
      <input className="input st-toolbar__search" type="search" aria-label={t('gallery.search')} value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('gallery.searchPlaceholder')} />
      <Select label={t('gallery.state')} hideLabel value={filter.state ?? ''} onChange={(v) => setFilter({ state: (v || undefined) as 'review' })}>
        <option value="">{t('gallery.allStates')}</option>
        {(['review', 'approved', 'rejected'] as const).map((s) => (
          <option key={s} value={s}>{t(`state.${s}`)}</option>
        ))}
      </Select>
      <Select label={t('gallery.model')} hideLabel value={filter.model ?? ''} onChange={(v) => setFilter({ model: v || undefined })}>
        <option value="">{t('gallery.allModels')}</option>
        {IMAGE_MODELS.map((m) => (
          <option key={m.id} value={m.id}>{m.label}</option>
        ))}
      </Select>
      {templates.length > 0 && (
        <Select label={t('gallery.template')} hideLabel value={filter.templateId ?? ''} onChange={(v) => setFilter({ templateId: v || undefined })}>
          <option value="">{t('gallery.allTemplates')}</option>
          {templates.map((x) => (
            <option key={x.id} value={x.id}>{x.name}</option>
          ))}
        </Select>
      )}
      {boards.length > 0 && (
        <Select label={t('gallery.board')} hideLabel value={filter.boardId ?? ''} onChange={(v) => setFilter({ boardId: v || undefined })}>
          <option value="">{t('gallery.allBoards')}</option>
          {boards.map((b) => (
            <option key={b.id} value={b.id}>{t('gallery.boardCount', { name: b.name, count: b.count })}</option>
          ))}
        </Select>
      )}
      <label className="st-date">
        <span className="visually-hidden">{t('gallery.from')}</span>
        <input type="date" className="input" value={filter.from ?? ''} onChange={(e) => setFilter({ from: e.target.value || undefined })} aria-label={t('gallery.from')} />
      </label>
      <label className="st-date">
        <span className="visually-hidden">{t('gallery.to')}</span>
        <input type="date" className="input" value={filter.to ?? ''} onChange={(e) => setFilter({ to: e.target.value || undefined })} aria-label={t('gallery.to')} />
      </label>
      <span className="st-hint" aria-live="polite">{t('gallery.count', { count })}</span>
    </div>
  );
}
