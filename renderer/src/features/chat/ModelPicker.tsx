import type { ModelRef } from '../../../../shared/contract';
import { ModelPicker as SharedModelPicker } from '../../components/ModelPicker';

export interface ModelPickerProps {
  label: string;
  value: ModelRef | null;
  onChange: (ref: ModelRef | null) => void;
  /** What "no choice" means here: the model actually in use and where it comes from. */
  emptyLabel: string;
  className?: string;
  id?: string;
}

/** A chat model select (the shared picker, for chat): only chat models, by provider, tagged by tier and by whether they read images. */
export function ModelPicker({ className, ...props }: ModelPickerProps) {
  return <SharedModelPicker modality="text" className={className ?? 'select chat-select'} {...props} />;
}
