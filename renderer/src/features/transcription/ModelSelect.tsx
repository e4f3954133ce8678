import { useTranslation } from 'react-i18next';
import type { ModelRef } from '../../../../shared/contract';
import { ModelPicker } from '../../components/ModelPicker';

const NOTED = ['whisper-1', 'gpt-4o-transcribe', 'gpt-4o-mini-transcribe', 'gpt-4o-transcribe-diarize'] as const;
const noted = (model: string): model is (typeof NOTED)[number] => (NOTED as readonly string[]).includes(model);

/** Transcription models of every provider, grouped by provider (the shared picker), each with what it is good at. */
export function ModelSelect({ value, onChange, label, help }: { value: ModelRef | null; onChange: (v: ModelRef) => void; label?: string; help?: string }) {
  const { t } = useTranslation('transcription');
  return (
    <ModelPicker
      field
      modality="audio-offline"
      label={label ?? t('intakeDialog.model')}
      help={help}
      value={value}
      onChange={(ref) => ref && onChange(ref)}
      placeholder={t('intakeDialog.chooseModel')}
      note={(model) => (noted(model) ? t(`intakeDialog.modelNotes.${model}`) : null)}
    />
  );
}
