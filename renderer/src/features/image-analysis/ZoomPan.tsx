import { useRef, useState, type PointerEvent, type WheelEvent } from 'react';
import type { CropRect } from '../../../../shared/contract';

interface Props {
  src: string;
  alt: string;
  /** Pixel size of the original the crop is expressed in. */
  original: { width: number; height: number };
  cropMode: boolean;
  crop: CropRect | null;
  onCrop: (crop: CropRect) => void;
}

/** The image with wheel zoom and drag to pan; in crop mode a drag draws the rectangle to send instead. */
export function ZoomPan({ src, alt, original, cropMode, crop, onCrop }: Props) {
  const [scale, setScale] = useState(1);
  const [offset, setOffset] = useState({ x: 0, y: 0 });
  const [draft, setDraft] = useState<{ x0: number; y0: number; x1: number; y1: number } | null>(null);
  const drag = useRef<{ x: number; y: number; ox: number; oy: number } | null>(null);
  const img = useRef<HTMLImageElement>(null);

  /** Pointer position as a fraction of the displayed image. */
  const frac = (e: PointerEvent) => {
    const r = img.current!.getBoundingClientRect();
    return { x: Math.min(1, Math.max(0, (e.clientX - r.left) / r.width)), y: Math.min(1, Math.max(0, (e.clientY - r.top) / r.height)) };
  };
  const onWheel = (e: WheelEvent) => setScale((s) => Math.min(8, Math.max(1, s * (e.deltaY < 0 ? 1.15 : 1 / 1.15))));
  const onDown = (e: PointerEvent) => {
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    if (cropMode) {
      const p = frac(e);
      setDraft({ x0: p.x, y0: p.y, x1: p.x, y1: p.y });
    } else drag.current = { x: e.clientX, y: e.clientY, ox: offset.x, oy: offset.y };
  };
  const onMove = (e: PointerEvent) => {
    if (draft) {
      const p = frac(e);
      setDraft({ ...draft, x1: p.x, y1: p.y });
    } else if (drag.current) setOffset({ x: drag.current.ox + e.clientX - drag.current.x, y: drag.current.oy + e.clientY - drag.current.y });
  };
  const onUp = () => {
    if (draft) {
      const left = Math.min(draft.x0, draft.x1) * original.width;
      const top = Math.min(draft.y0, draft.y1) * original.height;
      const width = Math.abs(draft.x1 - draft.x0) * original.width;
      const height = Math.abs(draft.y1 - draft.y0) * original.height;
      if (width > 8 && height > 8) onCrop({ left: Math.round(left), top: Math.round(top), width: Math.round(width), height: Math.round(height) });
      setDraft(null);
    }
    drag.current = null;
  };
  const box = draft
    ? { left: Math.min(draft.x0, draft.x1), top: Math.min(draft.y0, draft.y1), width: Math.abs(draft.x1 - draft.x0), height: Math.abs(draft.y1 - draft.y0) }
    : crop && !cropMode
      ? null
      : null;
  return (
    <div className={`va-zoom${cropMode ? ' is-cropping' : ''}`} onWheel={onWheel} onPointerDown={onDown} onPointerMove={onMove} onPointerUp={onUp} onDoubleClick={() => { setScale(1); setOffset({ x: 0, y: 0 }); }}>
      <div className="va-zoom-inner" style={{ transform: `translate(${offset.x}px, ${offset.y}px) scale(${scale})` }}>
        <img ref={img} src={src} alt={alt} draggable={false} />
        {box && <div className="va-crop-box" style={{ left: `${box.left * 100}%`, top: `${box.top * 100}%`, width: `${box.width * 100}%`, height: `${box.height * 100}%` }} />}
      </div>
    </div>
  );
}
