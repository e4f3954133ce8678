import { memo, useEffect, useRef, useState } from 'react';
import type { OutputCard } from '../../../../shared/contract';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { cx } from '../../lib/cx';
import { imageUrl, useStudio } from '../../stores/image-studio/studio';

const CELL = 176;
const GAP = 8;
const OVERSCAN_ROWS = 3;
/** The grid's own horizontal padding (2 × --space-4). */
const PADDING = 32;

/** The gallery, virtualised: only the rows in view (plus a few) are in the DOM, so 5,000 images scroll smoothly. */
export function GalleryGrid() {
  const { t } = useTranslation('studio');
  const cards = useStudio((s) => s.cards);
  const selectedId = useStudio((s) => s.selectedId);
  const select = useStudio((s) => s.select);
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ width: 800, height: 600, top: 0 });

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setView((v) => ({ ...v, width: el.clientWidth - PADDING, height: el.clientHeight }));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const columns = Math.max(1, Math.floor((view.width + GAP) / (CELL + GAP)));
  const rows = Math.ceil(cards.length / columns);
  const rowHeight = CELL + GAP;
  const first = Math.max(0, Math.floor(view.top / rowHeight) - OVERSCAN_ROWS);
  const last = Math.min(rows, Math.ceil((view.top + view.height) / rowHeight) + OVERSCAN_ROWS);
  const visible = cards.slice(first * columns, last * columns);

  return (
    <div
      ref={scroller}
      className="st-grid"
      data-testid="gallery"
      onScroll={(e) => {
        // Re-render only when the first visible row changes, not on every scrolled pixel.
        const top = Math.floor(e.currentTarget.scrollTop / (CELL + GAP)) * (CELL + GAP);
        setView((v) => (v.top === top ? v : { ...v, top }));
      }}
    >
      <ul className="st-grid__inner" style={{ height: rows * rowHeight }} aria-label={t('gallery.label', { count: cards.length })}>
        {visible.map((c, i) => {
          const index = first * columns + i;
          const x = (index % columns) * (CELL + GAP);
          const y = Math.floor(index / columns) * rowHeight;
          return <Card key={c.id} card={c} x={x} y={y} selected={c.id === selectedId} onSelect={select} />;
        })}
      </ul>
    </div>
  );
}

interface CardProps {
  card: OutputCard;
  x: number;
  y: number;
  selected: boolean;
  onSelect: (id: string) => Promise<void>;
}

/** One gallery cell; memoised so scrolling renders only the cells that come into view. */
const Card = memo(function Card({ card: c, x, y, selected, onSelect }: CardProps) {
  const { t } = useTranslation('studio');
  return (
    <li className="st-card-slot" style={{ transform: `translate(${x}px, ${y}px)`, width: CELL, height: CELL }}>
      <button
        type="button"
        className={cx('st-card', `st-card--${c.state}`, selected && 'is-selected')}
        onClick={() => void onSelect(c.id)}
        aria-pressed={selected}
        aria-label={t('gallery.card', { prompt: c.prompt.slice(0, 80), state: t(`state.${c.state}`) })}
      >
        <img src={imageUrl(c.thumb)} alt="" decoding="async" width={CELL} height={CELL} />
        <span className={cx('st-card__state', `st-card__state--${c.state}`)}>{t(`state.${c.state}`)}</span>
        {c.starred && (
          <span className="st-card__star" aria-hidden="true">
            ★
          </span>
        )}
        {c.checkState === 'failed' && (
          <span className="st-card__flag" title={t('check.failed')}>
            <Icon name="alert" size={12} />
          </span>
        )}
      </button>
    </li>
  );
});
