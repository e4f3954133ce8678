import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';

export interface ImageViewerProps {
  src: string;
  alt: string;
  /** The image before the edit: shows a before/after slider. */
  before?: string | null;
}

/** Zoom (wheel, buttons) and pan (drag) over an image, with a before/after slider for edits. */
export function ImageViewer({ src, alt, before }: ImageViewerProps) {
  const { t } = useTranslation('studio');
  const [zoom, setZoom] = useState(1);
  const [pan, setPan] = useState({ x: 0, y: 0 });
  const [split, setSplit] = useState(50);
  const drag = useRef<{ x: number; y: number } | null>(null);
  const clampZoom = (z: number) => Math.min(8, Math.max(1, z));
  // Back at 100% the image sits centred again, whatever the last pan was.
  const transform = { transform: zoom > 1 ? `translate(${pan.x}px, ${pan.y}px) scale(${zoom})` : 'none' };
  return (
    <div className="st-viewer">
      <div
        className="st-viewer__stage"
        onWheel={(e) => setZoom((z) => clampZoom(z * (e.deltaY < 0 ? 1.15 : 1 / 1.15)))}
        onPointerDown={(e) => {
          if ((e.target as HTMLElement).closest('input')) return;
          e.currentTarget.setPointerCapture(e.pointerId);
          drag.current = { x: e.clientX - pan.x, y: e.clientY - pan.y };
        }}
        onPointerMove={(e) => drag.current && zoom > 1 && setPan({ x: e.clientX - drag.current.x, y: e.clientY - drag.current.y })}
        onPointerUp={() => (drag.current = null)}
        data-testid="viewer"
      >
        <img src={src} alt={alt} style={transform} draggable={false} />
        {before && (
          <>
            <img className="st-viewer__before" src={before} alt={t('viewer.before')} style={{ ...transform, clipPath: `inset(0 ${100 - split}% 0 0)` }} draggable={false} />
            <div className="st-viewer__divider" style={{ left: `${split}%` }} aria-hidden="true" />
          </>
        )}
      </div>
      <div className="st-viewer__controls">
        {before && (
          <label className="st-viewer__split">
            <span>{t('viewer.before')}</span>
            <input type="range" min={0} max={100} value={split} onChange={(e) => setSplit(Number(e.target.value))} aria-label={t('viewer.compare')} />
            <span>{t('viewer.after')}</span>
          </label>
        )}
        <Button size="sm" variant="ghost" onClick={() => setZoom((z) => clampZoom(z / 1.5))} aria-label={t('viewer.zoomOut')}>−</Button>
        <span className="st-hint">{Math.round(zoom * 100)}%</span>
        <Button size="sm" variant="ghost" onClick={() => setZoom((z) => clampZoom(z * 1.5))} aria-label={t('viewer.zoomIn')}>+</Button>
        <Button size="sm" variant="ghost" onClick={() => (setZoom(1), setPan({ x: 0, y: 0 }))}>{t('viewer.fit')}</Button>
      </div>
    </div>
  );
}
