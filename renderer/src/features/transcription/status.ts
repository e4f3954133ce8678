import { i18n } from '../../i18n';
import type { RecordingView } from '../../../../shared/contract';
import type { ErrorCode } from '../../../../shared/errors';
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
      if (r.phase === 'preparing' || r.phase === 'queued') return { label: i18n.t('transcription:status.preparing'), tone: 'accent', icon: 'waveform', active: true };
      if (r.phase === 'stitching') return { label: i18n.t('transcription:status.stitching'), tone: 'accent', icon: 'waveform', active: true };
      return { label: r.chunks.total > 0 ? i18n.t('transcription:status.transcribingChunks', { done: r.chunks.done, total: r.chunks.total }) : i18n.t('transcription:status.transcribing'), tone: 'accent', icon: 'waveform', active: true };
    case 'queued':
      if (queuePaused) return { label: i18n.t('transcription:status.queuePaused'), tone: 'neutral', icon: 'pause', active: false };
      if (r.error) return { label: i18n.t('transcription:status.retrying'), tone: 'warning', icon: 'refresh', active: false };
      return { label: r.chunks.done > 0 ? i18n.t('transcription:status.queuedContinues') : i18n.t('transcription:status.queued'), tone: 'neutral', icon: 'clock', active: false };
    case 'waiting_network':
      return { label: i18n.t('transcription:status.waitingNetwork'), tone: 'warning', icon: 'wifiOff', active: false };
    case 'paused':
      return { label: i18n.t('transcription:status.paused'), tone: 'neutral', icon: 'pause', active: false };
    case 'done':
      return { label: i18n.t('transcription:status.done'), tone: 'success', icon: 'checkCircle', active: false };
    case 'failed':
      return { label: i18n.t('transcription:status.failed'), tone: 'danger', icon: 'alertCircle', active: false };
    case 'cancelled':
      return { label: i18n.t('transcription:status.cancelled'), tone: 'neutral', icon: 'x', active: false };
  }
}

/** 0..1 for the progress bar, or null while the amount of work is not known yet (preparing). */
export function jobFraction(r: RecordingView): number | null {
  if (r.state === 'done') return 1;
  if (r.chunks.total === 0) return r.state === 'running' ? null : 0;
  if (r.phase === 'stitching') return 0.99;
  return r.chunks.done / r.chunks.total;
}

/**
 * What the queue card draws under the status: a finished job shows neither (its "Done" says it all; a lone
 * done chunk cell used to read as a bar at 3 %), a failed or cancelled job that never got going shows no bar.
 */
export function cardProgress(r: RecordingView): { bar: boolean; chunks: boolean } {
  if (r.state === 'done') return { bar: false, chunks: false };
  const neverStarted = r.chunks.done === 0 && (r.state === 'failed' || r.state === 'cancelled');
  return { bar: !neverStarted, chunks: r.chunks.total > 0 };
}

export const canPause = (r: RecordingView) => r.state === 'running' || r.state === 'queued' || r.state === 'waiting_network';
export const canResume = (r: RecordingView) => r.state === 'paused';
/** Failures that happen again on every try: the file itself is the problem (not audio, damaged, gone). */
const PERMANENT: ReadonlySet<ErrorCode> = new Set(['unsupported_format', 'too_large', 'invalid_input', 'not_found']);
/** A failed recording that Retry cannot fix: offer Remove instead. */
export const isPermanentFailure = (r: RecordingView) => r.state === 'failed' && r.error !== null && (PERMANENT.has(r.error.code) || r.error.details?.permanent === true);
export const canRetry = (r: RecordingView) => (r.state === 'failed' && !isPermanentFailure(r)) || r.state === 'cancelled';
export const canCancel = (r: RecordingView) => r.state !== 'done' && r.state !== 'cancelled' && r.state !== 'failed';
