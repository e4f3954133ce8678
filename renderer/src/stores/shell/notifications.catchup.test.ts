import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventPayloads } from '../../../../shared/contract';

type Notice = EventPayloads['app.notify'];
const transport = vi.hoisted(() => ({ listener: null as ((n: unknown) => void) | null, kept: [] as unknown[], seq: 0 }));
vi.mock('../../api', () => ({
  isDesktop: false,
  subscribe: (_name: string, listener: (n: unknown) => void) => {
    transport.listener = listener;
    return () => {};
  },
  call: async (_name: string, { after }: { after: number | null }) => ({
    ok: true,
    value: { seq: transport.seq, notices: after === null ? [] : transport.kept.filter((n) => (n as Notice).seq! > after) },
  }),
}));
vi.mock('../image-analysis/vision', () => ({ useVision: { getState: () => ({ open: async () => {} }) } }));
vi.mock('./navigation', () => ({ useNavigation: { getState: () => ({ navigate: () => {} }) } }));

const { catchUpNotices, watchNotifications } = await import('./notifications');
const { useToasts } = await import('./toasts');

/** Core raises a notice: kept, and heard live only when the page is connected. */
function raise(title: string, connected: boolean): void {
  const n: Notice = { kind: 'success', title, body: `${title}.`, seq: ++transport.seq };
  transport.kept.push(n);
  if (connected) transport.listener?.(n);
}
const titles = () => useToasts.getState().toasts.map((t) => t.title);

describe('notices missed while the connection was down', () => {
  beforeEach(() => useToasts.setState({ toasts: [] }));

  it('are shown once when it comes back; what was shown live, or raised before the page opened, is not shown again', async () => {
    raise('Before the page opened', false);
    watchNotifications();
    await vi.waitFor(() => expect(transport.listener).not.toBeNull());
    await new Promise((r) => setTimeout(r, 0)); // the page learns the latest number
    raise('Heard live', true);
    raise('Missed while away', false);
    raise('Also missed', false);
    expect(titles()).toEqual(['Heard live']);
    await catchUpNotices();
    expect(titles()).toEqual(['Heard live', 'Missed while away', 'Also missed']);
    await catchUpNotices();
    transport.listener!(transport.kept.at(-1)); // the live event arrives after the catch-up showed it
    expect(useToasts.getState().toasts.map((t) => [t.title, t.count])).toEqual([['Heard live', 1], ['Missed while away', 1], ['Also missed', 1]]);
  });
});
