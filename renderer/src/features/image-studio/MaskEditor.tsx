import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Modal } from '../../components/Modal';
import { BRUSH_STEP, clampBrush, invertPaint, maskFromPaint, paintedShare } from './mask';

const PAINT: [number, number, number] = [236, 72, 153];
const UNDO_LIMIT = 30;

export interface MaskEditorProps {
  open: boolean;
  /** The first reference image (the mask applies to it) at its pixel size. */
  image: { url: string; width: number; height: number };
  onClose: () => void;
  onSave: (maskBase64: string, previewDataUrl: string) => void;
}

/** Paint the area to change over the first image: brush, eraser, invert, clear, undo, [ and ] for size. */
export function MaskEditor({ open, image, onClose, onSave }: MaskEditorProps) {
  const { t } = useTranslation('studio');
  const canvas = useRef<HTMLCanvasElement>(null);
  const undo = useRef<ImageData[]>([]);
  const drawing = useRef<{ x: number; y: number } | null>(null);
  const [brush, setBrush] = useState(64);
  const [eraser, setEraser] = useState(false);
  const [share, setShare] = useState(0);

  const ctx = () => canvas.current?.getContext('2d', { willReadFrequently: true }) ?? null;
  const measure = useCallback(() => {
    const c = ctx();
    if (c) setShare(paintedShare(c.getImageData(0, 0, image.width, image.height).data));
  }, [image.width, image.height]);
  const snapshot = () => {
    const c = ctx();
    if (!c) return;
    undo.current.push(c.getImageData(0, 0, image.width, image.height));
    if (undo.current.length > UNDO_LIMIT) undo.current.shift();
  };
  const restore = useCallback(() => {
    const c = ctx();
    const last = undo.current.pop();
    if (c && last) c.putImageData(last, 0, 0);
    measure();
  }, [measure]);

  useEffect(() => {
    if (!open) return;
    undo.current = [];
    setShare(0);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '[') setBrush((b) => clampBrush(b / BRUSH_STEP));
      else if (e.key === ']') setBrush((b) => clampBrush(b * BRUSH_STEP));
      else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        restore();
      } else if (e.key.toLowerCase() === 'e' && !e.ctrlKey && !e.metaKey) setEraser((v) => !v);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, restore]);

  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - r.left) / r.width) * image.width, y: ((e.clientY - r.top) / r.height) * image.height };
  };
  const stroke = (from: { x: number; y: number }, to: { x: number; y: number }) => {
    const c = ctx();
    if (!c) return;
    c.globalCompositeOperation = eraser ? 'destination-out' : 'source-over';
    c.strokeStyle = `rgb(${PAINT.join(',')})`;
    c.lineWidth = brush;
    c.lineCap = 'round';
    c.lineJoin = 'round';
    c.beginPath();
    c.moveTo(from.x, from.y);
    c.lineTo(to.x, to.y);
    c.stroke();
  };
  const change = (fn: (data: ImageData) => void) => {
    const c = ctx();
    if (!c) return;
    snapshot();
    const data = c.getImageData(0, 0, image.width, image.height);
    fn(data);
    c.putImageData(data, 0, 0);
    measure();
  };
  const save = () => {
    const c = ctx();
    if (!c) return;
    const out = document.createElement('canvas');
    out.width = image.width;
    out.height = image.height;
    const o = out.getContext('2d')!;
    const paint = c.getImageData(0, 0, image.width, image.height);
    o.putImageData(new ImageData(maskFromPaint(paint.data), image.width, image.height), 0, 0);
    onSave(out.toDataURL('image/png').split(',')[1]!, canvas.current!.toDataURL('image/png'));
  };

  return (
    <Modal
      open={open}
      onClose={onClose}
      size="lg"
      title={t('mask.title')}
      description={t('mask.description', { width: image.width, height: image.height })}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" onClick={save} disabled={share === 0} data-testid="mask-save">
            {t('mask.use')}
          </Button>
        </>
      }
    >
      <div className="st-mask-tools" role="toolbar" aria-label={t('mask.tools')}>
        <label className="st-mask-size">
          {t('mask.brush', { size: brush })}
          <input type="range" min={4} max={400} value={brush} onChange={(e) => setBrush(clampBrush(Number(e.target.value)))} aria-label={t('mask.brushSize')} />
        </label>
        <Button size="sm" variant={eraser ? 'primary' : 'secondary'} onClick={() => setEraser((v) => !v)} aria-pressed={eraser}>
          {t('mask.eraser')}
        </Button>
        <Button size="sm" onClick={() => change((d) => invertPaint(d.data, PAINT))}>{t('mask.invert')}</Button>
        <Button size="sm" onClick={() => change((d) => d.data.fill(0))}>{t('mask.clear')}</Button>
        <Button size="sm" onClick={restore}>{t('mask.undo')}</Button>
        <span className="st-mask-share">{t('mask.share', { percent: Math.round(share * 100) })}</span>
      </div>
      <div className="st-mask-stage" style={{ aspectRatio: `${image.width} / ${image.height}`, maxWidth: `calc(60vh * ${image.width / image.height})` }}>
        <img src={image.url} alt="" draggable={false} />
        <canvas
          ref={canvas}
          width={image.width}
          height={image.height}
          data-testid="mask-canvas"
          style={{ cursor: eraser ? 'cell' : 'crosshair' }}
          onPointerDown={(e) => {
            e.currentTarget.setPointerCapture(e.pointerId);
            snapshot();
            const p = point(e);
            drawing.current = p;
            stroke(p, p);
          }}
          onPointerMove={(e) => {
            if (!drawing.current) return;
            const p = point(e);
            stroke(drawing.current, p);
            drawing.current = p;
          }}
          onPointerUp={() => {
            drawing.current = null;
            measure();
          }}
        />
      </div>
      <p className="st-hint">{t('mask.keys')}</p>
    </Modal>
  );
}
