import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventPayloads } from '../../../../shared/contract';
import { subscribe } from '../../api';
import { Button } from '../../components/Button';
import { useVision } from '../../stores/image-analysis/vision';
import { PageHeader } from '../shell/PageHeader';
import { useScreenMeta } from '../shell/useScreenMeta';
import { BatchList } from './BatchList';
import { BatchPanel } from './BatchPanel';
import { IntakeEmpty } from './IntakeEmpty';
import { IMAGE_ACCEPT, useImageIntake } from './useImageIntake';
import '../../styles/vision.css';

/** Refreshes after core says image analysis changed, at most once a second while a batch runs. */
function useVisionSync() {
  const load = useVision((s) => s.load);
  const refreshOpen = useVision((s) => s.refreshOpen);
  useEffect(() => {
    void load();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const off = subscribe('data.changed', (p: EventPayloads['data.changed']) => {
      if (p.topic !== 'vision' || timer) return;
      timer = setTimeout(() => {
        timer = null;
        void load();
        void refreshOpen();
      }, 600);
    });
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, [load, refreshOpen]);
}

export function ImageAnalysisScreen() {
  const { t } = useTranslation('vision');
  const meta = useScreenMeta('image-analysis');
  const batches = useVision((s) => s.batches);
  const loaded = useVision((s) => s.loaded);
  const openId = useVision((s) => s.openId);
  const upload = useVision((s) => s.upload);
  const intake = useImageIntake();
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  useVisionSync();

  return (
    <div className={`va-screen${intake.dragging ? ' is-dragging' : ''}`} {...intake.dropProps} data-testid="vision-screen">
      <PageHeader
        title={meta.title}
        description={meta.description}
        actions={
          <>
            <Button onClick={() => folder.current?.click()} disabled={Boolean(upload)}>
              {t('intake.addFolder')}
            </Button>
            <Button variant="primary" onClick={() => files.current?.click()} disabled={Boolean(upload)}>
              {t('intake.addImages')}
            </Button>
          </>
        }
      />
      <input ref={files} type="file" multiple accept={IMAGE_ACCEPT} hidden data-testid="vision-file-input" onChange={(e) => intake.fromInput(e.currentTarget)} />
      <input ref={folder} type="file" hidden data-testid="vision-folder-input" {...{ webkitdirectory: '', directory: '' }} onChange={(e) => intake.fromInput(e.currentTarget)} />
      {upload && (
        <div className="va-upload" role="status">
          {t('intake.uploading', { name: upload.current, percent: Math.round((upload.sent / Math.max(1, upload.total)) * 100) })}
        </div>
      )}
      {loaded && batches.length === 0 && !openId ? (
        <IntakeEmpty onPick={() => files.current?.click()} onPickFolder={() => folder.current?.click()} />
      ) : (
        <div className="va-body">
          <BatchList />
          {openId ? <BatchPanel /> : <div className="va-nothing">{t('batches.pick')}</div>}
        </div>
      )}
      {intake.dragging && <div className="va-drop-overlay">{t('intake.dropHere')}</div>}
    </div>
  );
}
