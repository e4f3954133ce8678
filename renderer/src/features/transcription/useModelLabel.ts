import { useTranslation } from 'react-i18next';
import type { RecordingView } from '../../../../shared/contract';

/** The model(s) behind a recording: "whisper-1", or for a meeting recorded in the app "gpt-4o-transcribe live, whisper-1 after". */
export function useModelLabel(r: Pick<RecordingView, 'model' | 'liveModel'>): string {
  const { t } = useTranslation('transcription');
  return r.liveModel ? t('job.liveModels', { live: r.liveModel, model: r.model }) : r.model;
}
