import type { RecordingView } from '../../../../shared/contract';
import type { TxIconName } from './TxIcon';

export type StatusTone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger';

export interface JobStatus {
  /** The one line that says where the job stands. */
  label: string;
  tone: StatusTone;
  icon: TxIconName;
  /** The job is moving (a spinner instead of the icon). */
  active: boolean;
}

/** Where a recording stands, in words a person reads at a glance. */
export function jobStatus(r: RecordingView, queuePaused: boolean): JobStatus {
  switch (r.state) {
    case 'running':
      if (r.phase === 'preparing' || r.phase === 'queued') return { label: 'Preparing audio', tone: 'accent', icon: 'waveform', active: true };
      if (r.phase === 'stitching') return { label: 'Stitching the transcript', tone: 'accent', icon: 'waveform', active: true };
      return { label: r.chunks.total > 0 ? `Transcribing ${r.chunks.done} of ${r.chunks.total} chunks` : 'Transcribing', tone: 'accent', icon: 'waveform', active: true };
    case 'queued':
      if (queuePaused) return { label: 'Queue paused', tone: 'neutral', icon: 'pause', active: false };
      if (r.error) return { label: 'Retrying soon', tone: 'warning', icon: 'refresh', active: false };
      return { label: r.chunks.done > 0 ? 'Queued — continues where it stopped' : 'Queued', tone: 'neutral', icon: 'clock', active: false };
    case 'waiting_network':
      return { label: 'Waiting for network — resumes by itself', tone: 'warning', icon: 'wifiOff', active: false };
    case 'paused':
      return { label: 'Paused', tone: 'neutral', icon: 'pause', active: false };
    case 'done':
      return { label: 'Done', tone: 'success', icon: 'checkCircle', active: false };
    case 'failed':
      return { label: 'Failed', tone: 'danger', icon: 'alertCircle', active: false };
    case 'cancelled':
      return { label: 'Cancelled', tone: 'neutral', icon: 'x', active: false };
  }
}

/** 0..1 for the progress bar, or null while the amount of work is not known yet (preparing). */
export function jobFraction(r: RecordingView): number | null {
  if (r.state === 'done') return 1;
  if (r.chunks.total === 0) return r.state === 'running' ? null : 0;
  if (r.phase === 'stitching') return 0.99;
  return r.chunks.done / r.chunks.total;
}

export const canPause = (r: RecordingView) => r.state === 'running' || r.state === 'queued' || r.state === 'waiting_network';
export const canResume = (r: RecordingView) => r.state === 'paused';
export const canRetry = (r: RecordingView) => r.state === 'failed' || r.state === 'cancelled';
export const canCancel = (r: RecordingView) => r.state !== 'done' && r.state !== 'cancelled' && r.state !== 'failed';
