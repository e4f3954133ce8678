import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from '../lib/cx';
import { niceScale } from './chartScale';
import '../styles/usage-charts.css';

export interface ChartSeries {
  key: string;
  label: string;
  /** 1..6: a colour of the chart palette. */
  tone: number;
}

export interface ChartColumn {
  key: string;
  /** Full name, for the tooltip and the data table ("Tue 4 Nov 2026"). */
  label: string;
  /** Short axis label ("4 Nov"). */
  tick: string;
  /** One value per series, in series order. */
  values: number[];
}

export interface StackedBarChartProps {
  /** Names the chart for assistive technology; the visible title is the card's. */
  title: string;
  /** A one-sentence summary read out with the title. */
  summary: string;
  /** Header of the first column of the data table, e.g. "Day". */
  columnHeader: string;
  series: readonly ChartSeries[];
  columns: readonly ChartColumn[];
  /** Formats a value exactly, for tooltips, the legend and the table. */
  format: (value: number) => string;
  /** Formats an axis value with the decimals the axis's step needs (so no two ticks read the same); defaults to format. */
  formatTick?: (value: number, decimals: number) => string;
  height?: number;
}

const M = { top: 10, right: 8, bottom: 26, left: 64 };

/**
 * Stacked vertical bars drawn with plain SVG. The picture is for sighted users; the same figures
 * are in a visually hidden table, and hovering a column shows them exactly.
 */
export function StackedBarChart({ title, summary, columnHeader, series, columns, format, formatTick = format, height = 220 }: StackedBarChartProps) {
  const id = useId();
  const { t: tr } = useTranslation('common');
  const boxRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [hover, setHover] = useState<number | null>(null);

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    setWidth(box.clientWidth);
    const observer = new ResizeObserver(() => setWidth(box.clientWidth));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  const totals = columns.map((c) => c.values.reduce((a, b) => a + b, 0));
  const scale = niceScale(Math.max(0, ...totals));
  const plotW = Math.max(0, width - M.left - M.right);
  const plotH = height - M.top - M.bottom;
  const band = columns.length > 0 ? plotW / columns.length : plotW;
  const barW = Math.max(1, Math.min(band * 0.64, 40));
  const y = (v: number) => M.top + plotH - (v / scale.max) * plotH;
  const tickEvery = Math.max(1, Math.ceil(columns.length / Math.max(1, Math.floor(plotW / 64))));
  const seriesTotals = series.map((_, s) => columns.reduce((n, c) => n + (c.values[s] ?? 0), 0));
  const hovered = hover === null ? null : columns[hover];
  /** Beside the hovered bar (right of it unless that runs off the chart), level with its top. */
  const tooltipPlace = (i: number) => {
    const center = M.left + i * band + band / 2;
    const right = center + 200 + barW / 2 + 10 < width;
    const top = Math.min(Math.max(M.top, y(totals[i] ?? 0) - 12), M.top + plotH - 110);
    return right ? { left: center + barW / 2 + 10, top } : { left: center - barW / 2 - 10, top, transform: 'translateX(-100%)' };
  };

  return (
    <div className="chart">
      <div className="chart__plot" ref={boxRef} onMouseLeave={() => setHover(null)}>
        {width > 0 && (
          <svg width={width} height={height} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="chart__svg">
            <title id={`${id}-title`}>{title}</title>
            <desc id={`${id}-desc`}>{summary}</desc>
            {scale.ticks.map((t) => (
              <g key={t} className="chart__grid">
                <line x1={M.left} x2={width - M.right} y1={y(t)} y2={y(t)} />
                <text x={M.left - 8} y={y(t)} dy="0.32em" textAnchor="end">
                  {formatTick(t, scale.decimals)}
                </text>
              </g>
            ))}
            {columns.map((c, i) => {
              const x = M.left + i * band + (band - barW) / 2;
              let base = 0;
              return (
                <g key={c.key} className={cx('chart__column', hover === i && 'is-hovered')} onMouseEnter={() => setHover(i)}>
                  <rect className="chart__hit" x={M.left + i * band} y={M.top} width={band} height={plotH} />
                  <rect className="chart__highlight" x={x - Math.min(8, (band - barW) / 2)} y={M.top} width={barW + 2 * Math.min(8, (band - barW) / 2)} height={plotH} rx={4} />
                  {c.values.map((v, s) => {
                    if (v <= 0) return null;
                    const top = y(base + v);
                    const h = y(base) - top;
                    base += v;
                    return <rect key={series[s]!.key} className={`chart__bar chart-fill-${series[s]!.tone}`} x={x} y={top} width={barW} height={Math.max(1, h - (base < totals[i]! ? 1 : 0))} rx={2} />;
                  })}
                  {i % tickEvery === 0 && (
                    <text className="chart__tick" x={x + barW / 2} y={height - 8} textAnchor="middle">
                      {c.tick}
                    </text>
                  )}
                </g>
              );
            })}
            <line className="chart__axis" x1={M.left} x2={width - M.right} y1={y(0)} y2={y(0)} />
          </svg>
        )}
        {hovered && hover !== null && (
          <div className="chart__tooltip" style={tooltipPlace(hover)} aria-hidden="true">
            <p className="chart__tooltip-title">{hovered.label}</p>
            {series.map((s, i) =>
              (hovered.values[i] ?? 0) > 0 ? (
                <p key={s.key} className="chart__tooltip-row">
                  <span className={`chart__swatch chart-bg-${s.tone}`} />
                  <span>{s.label}</span>
                  <span className="chart__tooltip-value">{format(hovered.values[i]!)}</span>
                </p>
              ) : null,
            )}
            <p className="chart__tooltip-row chart__tooltip-total">
              <span>{tr('misc.total')}</span>
              <span className="chart__tooltip-value">{format(totals[hover]!)}</span>
            </p>
          </div>
        )}
      </div>
      <ul className="chart__legend" aria-hidden="true">
        {series.map((s, i) =>
          seriesTotals[i]! > 0 ? (
            <li key={s.key}>
              <span className={`chart__swatch chart-bg-${s.tone}`} />
              {s.label}
              <span className="chart__legend-value">{format(seriesTotals[i]!)}</span>
            </li>
          ) : null,
        )}
      </ul>
      {/* A table ignores height: the wrapper is what keeps it 1 px tall and out of the layout. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{columnHeader}</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
              <th scope="col">{tr('misc.total')}</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((c, i) => (
              <tr key={c.key}>
                <th scope="row">{c.label}</th>
                {series.map((s, j) => (
                  <td key={s.key}>{format(c.values[j] ?? 0)}</td>
                ))}
                <td>{format(totals[i]!)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
