import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIFETIME_MS, MAX_VISIBLE, useToasts } from './toasts';

describe('toasts', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useToasts.setState({ toasts: [], screen: 'chat' });
  });
  afterEach(() => vi.useRealTimers());
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
});
