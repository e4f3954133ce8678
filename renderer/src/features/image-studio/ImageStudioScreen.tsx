import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Icon } from '../../components/Icon';
import { useProviders } from '../../stores/settings/providers';
import { useStudio, watchStudio } from '../../stores/image-studio/studio';
import { watchStudioLibrary } from '../../stores/image-studio/library';
import { NewBoardDialog } from './NewBoardDialog';
import { SetUpProviderButton } from '../shell/SetUpProviderButton';
import { useScreenMeta } from '../shell/useScreenMeta';
import { BrandsDialog } from './BrandsDialog';
import { GalleryGrid } from './GalleryGrid';
import { GalleryToolbar } from './GalleryToolbar';
import { GenerateForm } from './GenerateForm';
import { BatchStrip } from './BatchStrip';
import { QueueStrip } from './QueueStrip';
import { ReviewPanel } from './ReviewPanel';
import { TemplatesDialog } from './TemplatesDialog';
import { cx } from '../../lib/cx';
import '../../styles/studio.css';

/** Draft and edit images, then review, check and approve them before anything leaves the app. */
export function ImageStudioScreen() {
  const { t } = useTranslation('studio');
  const meta = useScreenMeta('image-studio');
  const noProvider = useProviders((s) => s.loaded && s.providers.length === 0);
  const loaded = useStudio((s) => s.loaded);
  const loadError = useStudio((s) => s.loadError);
  const count = useStudio((s) => s.cards.length);
  const filtered = useStudio((s) => Object.keys(s.filter).length > 0);
  const load = useStudio((s) => s.load);
  const idle = useStudio((s) => s.selectedId === null);
  const [dialog, setDialog] = useState<'templates' | 'brands' | 'board' | null>(null);
  useEffect(() => {
    const offs = [watchStudio(), watchStudioLibrary()];
    return () => offs.forEach((off) => off());
  }, []);

  if (noProvider) {
    return (
      <div className="st-screen st-screen--empty">
        <h1 className="visually-hidden">{meta.title}</h1>
        <EmptyState icon="sparkles" title={t('empty.noProviderTitle')} description={t('empty.noProviderBody')} actions={<SetUpProviderButton />} />
      </div>
    );
  }
  let gallery;
  if (loadError && count === 0) gallery = <ErrorCallout error={loadError} actions={<Button size="sm" onClick={() => void load()}>{t('common.retry')}</Button>} />;
  else if (loaded && count === 0)
    gallery = <EmptyState icon="image" title={filtered ? t('empty.noMatchTitle') : t('empty.galleryTitle')} description={filtered ? t('empty.noMatchBody') : t('empty.galleryBody')} />;
  else gallery = <GalleryGrid />;

  return (
    <div className={cx('st-screen', idle && 'st-screen--idle')}>
      <div className="st-left">
        <GenerateForm />
      </div>
      <div className="st-center">
        <div className="st-center__head">
          <h1 className="st-title">{meta.title}</h1>
          <div className="st-center__tools">
            <Button size="sm" variant="ghost" icon={<Icon name="braces" />} onClick={() => setDialog('templates')}>{t('templates.open')}</Button>
            <Button size="sm" variant="ghost" icon={<Icon name="shield" />} onClick={() => setDialog('brands')}>{t('brands.open')}</Button>
            <Button
              size="sm"
              variant="ghost"
              icon={<Icon name="layers" />}
              onClick={() => setDialog('board')}
            >
              {t('boards.new')}
            </Button>
          </div>
          <GalleryToolbar />
        </div>
        <BatchStrip />
        <QueueStrip />
        <div className="st-gallery">{gallery}</div>
      </div>
      <div className="st-right">
        <ReviewPanel />
      </div>
      <TemplatesDialog open={dialog === 'templates'} onClose={() => setDialog(null)} />
      <BrandsDialog open={dialog === 'brands'} onClose={() => setDialog(null)} />
      <NewBoardDialog open={dialog === 'board'} onClose={() => setDialog(null)} />
    </div>
  );
}
