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
  const running = r.state === 'running' && r.phase === 'transcribing';
  const cells: Cell[] = chunks?.length
    ? chunks.map((c) => {
        const state = c.state === 'done' ? (c.cached ? 'cached' : 'done') : running ? 'sending' : 'pending';
        const what = state === 'cached' ? 'done, from the cache (not billed again)' : state === 'done' ? `done, ${money(c.costMicros)}` : state === 'sending' ? 'being transcribed' : 'waiting';
        return { idx: c.idx, state, title: `Chunk ${c.idx + 1} · ${clock(c.startMs)}–${clock(c.endMs)} · ${what}`, ms: c.endMs - c.startMs };
      })
    : Array.from({ length: r.chunks.total }, (_, i) => {
        const state = i < r.chunks.done ? 'done' : running ? 'sending' : 'pending';
        return { idx: i, state, title: `Chunk ${i + 1} · ${state === 'done' ? 'done' : state === 'sending' ? 'being transcribed' : 'waiting'}` };
      });
  const done = cells.filter((c) => c.state === 'done' || c.state === 'cached').length;
  const cached = cells.filter((c) => c.state === 'cached').length;
  return (
    <div className={cx('tx-chunks', compact && 'tx-chunks--compact')}>
      <ol className="tx-chunks__cells" aria-label={`Chunks: ${done} of ${cells.length} done${cached ? `, ${cached} from the cache` : ''}`}>
        {cells.map((c) => (
          <li key={c.idx} className={`tx-chunk tx-chunk--${c.state}`} title={c.title} data-state={c.state} style={!compact && c.ms ? { flexGrow: c.ms } : undefined}>
            <span className="visually-hidden">{c.title}</span>
          </li>
        ))}
      </ol>
      {!compact && (
        <ul className="tx-chunks__legend" aria-hidden="true">
          <li>
            <span className="tx-chunk tx-chunk--done" /> Done
          </li>
          <li>
            <span className="tx-chunk tx-chunk--cached" /> From cache
          </li>
          <li>
            <span className="tx-chunk tx-chunk--sending" /> Sending
          </li>
          <li>
            <span className="tx-chunk tx-chunk--pending" /> Waiting
          </li>
        </ul>
      )}
    </div>
  );
}
