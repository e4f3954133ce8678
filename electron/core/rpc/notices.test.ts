import { describe, expect, it } from 'vitest';
import type { PushedEvent } from '../../../shared/contract';
import { createEventBus } from './events';
import { createNoticeLog } from './notices';

const notice = (title: string) => ({ kind: 'success' as const, title, body: `${title}.` });

describe('notice log', () => {
  it('numbers each notification on its way out and keeps it for a page that was away', () => {
    const log = createNoticeLog(createEventBus());
    const heard: PushedEvent[] = [];
    log.bus.subscribe((e) => heard.push(e));
    expect(log.since(null)).toEqual({ seq: 0, notices: [] });
    log.bus.emit('app.notify', notice('Transcript ready'));
    log.bus.emit('data.changed', { topic: 'transcription' });
    log.bus.emit('app.notify', notice('Analysis finished'));
    expect(heard.map((e) => [e.name, (e.payload as { seq?: number }).seq])).toEqual([['app.notify', 1], ['data.changed', undefined], ['app.notify', 2]]);
    // A page that saw notice 1 asks for what came after it; a page just opened asks only for the number.
    expect(log.since(1)).toEqual({ seq: 2, notices: [{ ...notice('Analysis finished'), seq: 2 }] });
    expect(log.since(null)).toEqual({ seq: 2, notices: [] });
    expect(log.since(2).notices).toEqual([]);
  });

  it('keeps only the latest notices', () => {
    const log = createNoticeLog(createEventBus(), 3);
    for (let i = 1; i <= 5; i++) log.bus.emit('app.notify', notice(`n${i}`));
    expect(log.since(0).notices.map((n) => n.title)).toEqual(['n3', 'n4', 'n5']);
  });
});
