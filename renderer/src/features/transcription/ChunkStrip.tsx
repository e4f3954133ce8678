import { useTranslation } from 'react-i18next';
import type { ChunkView, RecordingView } from '../../../../shared/contract';
import { cx } from '../../lib/cx';
import { clock } from './format';
import { useMoney } from './hooks';

export interface ChunkStripProps {
  recording: RecordingView;
  /** Per-chunk detail when known; otherwise the cells follow the done count. */
  chunks?: ChunkView[];
  compact?: boolean;
}

type Cell = { idx: number; state: 'pending' | 'done' | 'cached' | 'sending'; title: string; ms?: number };

/** A row of small cells, one per chunk: pending, being sent, done, or answered from the cache. */
export function ChunkStrip({ recording: r, chunks, compact }: ChunkStripProps) {
  const money = useMoney();
  const { t } = useTranslation('transcription');
  const running = r.state === 'running' && r.phase === 'transcribing';
  const cells: Cell[] = chunks?.length
    ? chunks.map((c) => {
        const state = c.state === 'done' ? (c.cached ? 'cached' : 'done') : running ? 'sending' : 'pending';
        const what = state === 'cached' ? t('chunks.cachedState') : state === 'done' ? t('chunks.doneCost', { cost: money(c.costMicros) }) : state === 'sending' ? t('chunks.sending') : t('chunks.waiting');
        return { idx: c.idx, state, title: t('chunks.cellTimed', { index: c.idx + 1, from: clock(c.startMs), to: clock(c.endMs), state: what }), ms: c.endMs - c.startMs };
      })
    : Array.from({ length: r.chunks.total }, (_, i) => {
        const state = i < r.chunks.done ? 'done' : running ? 'sending' : 'pending';
        return { idx: i, state, title: t('chunks.cell', { index: i + 1, state: state === 'done' ? t('chunks.done') : state === 'sending' ? t('chunks.sending') : t('chunks.waiting') }) };
      });
  const done = cells.filter((c) => c.state === 'done' || c.state === 'cached').length;
  const cached = cells.filter((c) => c.state === 'cached').length;
  return (
    <div className={cx('tx-chunks', compact && 'tx-chunks--compact')}>
      <ol className="tx-chunks__cells" aria-label={cached ? t('chunks.summaryCached', { done, total: cells.length, cached }) : t('chunks.summary', { done, total: cells.length })}>
        {cells.map((c) => (
          <li key={c.idx} className={`tx-chunk tx-chunk--${c.state}`} title={c.title} data-state={c.state} style={!compact && c.ms ? { flexGrow: c.ms } : undefined}>
            <span className="visually-hidden">{c.title}</span>
          </li>
        ))}
      </ol>
      {!compact && (
        <ul className="tx-chunks__legend" aria-hidden="true">
          <li>
            <span className="tx-chunk tx-chunk--done" /> {t('chunks.legendDone')}
          </li>
          <li>
            <span className="tx-chunk tx-chunk--cached" /> {t('chunks.legendCached')}
          </li>
          <li>
            <span className="tx-chunk tx-chunk--sending" /> {t('chunks.legendSending')}
          </li>
          <li>
            <span className="tx-chunk tx-chunk--pending" /> {t('chunks.legendWaiting')}
          </li>
        </ul>
      )}
    </div>
  );
}
