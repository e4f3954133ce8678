import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIFETIME_MS, MAX_VISIBLE, RESUME_MIN_MS, useToasts } from './toasts';

describe('toasts', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useToasts.setState({ toasts: [], screen: 'chat' });
  });
  afterEach(() => {
    for (const reason of ['pointer', 'focus', 'hidden'] as const) useToasts.getState().release(reason);
    vi.useRealTimers();
  });
  const store = () => useToasts.getState();

  it('shows the same toast once, counting repeats, and restarts its clock', () => {
    store().push({ tone: 'error', title: 'Could not send', message: 'Offline' });
    vi.advanceTimersByTime(LIFETIME_MS.error - 100);
    store().push({ tone: 'error', title: 'Could not send', message: 'Offline' });
    expect(store().toasts).toHaveLength(1);
    expect(store().toasts[0]!.count).toBe(2);
    vi.advanceTimersByTime(200);
    expect(store().toasts).toHaveLength(1);
    vi.advanceTimersByTime(LIFETIME_MS.error);
    expect(store().toasts).toHaveLength(0);
  });

  it('keeps only a few on screen', () => {
    for (let i = 0; i < 6; i++) store().push({ tone: 'info', title: `Toast ${i}` });
    expect(store().toasts.map((t) => t.title)).toHaveLength(MAX_VISIBLE);
    expect(store().toasts.at(-1)!.title).toBe('Toast 5');
  });

  it('drops toasts about a screen the user left, but keeps news from anywhere', () => {
    store().push({ tone: 'error', title: 'Could not rename' });
    store().push({ tone: 'success', title: 'Transcript ready', scope: null });
    store().onScreen('usage');
    expect(store().toasts.map((t) => t.title)).toEqual(['Transcript ready']);
  });

  it('offers no "Open Transcription" on the Transcription screen, and drops it on arrival there', () => {
    const action = { label: 'Open Transcription', to: 'transcription', run: () => {} };
    store().push({ tone: 'success', title: 'Meeting.m4a is transcribed', scope: null, action });
    expect(store().toasts[0]!.action?.label).toBe('Open Transcription');
    store().onScreen('transcription');
    expect(store().toasts).toHaveLength(0);
    store().push({ tone: 'success', title: 'Call.m4a is transcribed', scope: null, action });
    expect(store().toasts[0]!.action).toBeUndefined();
  });

  it('keeps its toasts while the window is hidden or the pointer rests on them, then gives the rest of their time', () => {
    store().push({ tone: 'success', title: 'Transcript ready', scope: null });
    vi.advanceTimersByTime(LIFETIME_MS.success - 1000);
    store().hold('hidden');
    vi.advanceTimersByTime(60_000);
    store().hold('pointer');
    store().release('hidden');
    vi.advanceTimersByTime(60_000);
    expect(store().toasts).toHaveLength(1);
    store().release('pointer');
    // Only 1 s was left, but a released toast gets a moment to be read.
    vi.advanceTimersByTime(RESUME_MIN_MS - 100);
    expect(store().toasts).toHaveLength(1);
    vi.advanceTimersByTime(200);
    expect(store().toasts).toHaveLength(0);
  });

  it('a toast raised while held waits too, and runs its full time once released', () => {
    store().hold('focus');
    store().push({ tone: 'error', title: 'Could not send' });
    vi.advanceTimersByTime(LIFETIME_MS.error * 3);
    store().release('focus');
    vi.advanceTimersByTime(LIFETIME_MS.error - 100);
    expect(store().toasts).toHaveLength(1);
    vi.advanceTimersByTime(200);
    expect(store().toasts).toHaveLength(0);
  });
});
