import type { RecordingView } from '../../../../shared/contract';
import { subscribe } from '../../api';
import { useApp } from '../shell/app';
import { useTranscription } from './jobs';
import { useTranscriptionDetail } from './detail';
import { useTranscriptionWatch } from './watch';

/** A running job raises a change per chunk and per phase; one re-read covers a burst of them. */
const RELOAD_DELAY_MS = 150;

const sameView = (a: RecordingView | undefined, b: RecordingView | undefined) => JSON.stringify(a) === JSON.stringify(b);

/** Re-reads the queue (and the open recording when it changed) after core reports a change. */
async function reload(): Promise<void> {
  const { openId } = useTranscriptionDetail.getState();
  const before = useTranscription.getState().items.find((r) => r.id === openId);
  await useTranscription.getState().load();
  const after = useTranscription.getState().items.find((r) => r.id === openId);
  const detail = useTranscriptionDetail.getState().detail;
  // A finished transcript can be long: read it again only when its recording moved on.
  if (openId && (!sameView(before, after) || !detail || !sameView(detail.recording, after))) void useTranscriptionDetail.getState().reload();
}

/**
 * Wires the transcription stores to core's events and loads them once. `app.notify` becomes a toast
 * in browser mode (the desktop app shows an OS notification for it instead).
 */
export function watchTranscription(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), RELOAD_DELAY_MS);
  };
  const loadAll = () => {
    void reload();
    void useTranscriptionWatch.getState().load();
  };
  const offs = [
    subscribe('data.changed', ({ topic }) => {
      if (topic === 'transcription') soon();
    }),
    subscribe('job.progress', ({ queue }) => {
      if (queue === 'transcription') soon();
    }),
    // Events sent while the connection was down are lost: catch up when it returns.
    useApp.subscribe((s, prev) => {
      if (s.connection === 'open' && prev.connection !== 'open' && prev.everConnected) loadAll();
    }),
  ];
  loadAll();
  return () => {
    clearTimeout(timer);
    offs.forEach((off) => off());
  };
}
