import { ComingSoon } from '../shell/ComingSoon';

export function TranscriptionScreen() {
  return (
    <ComingSoon
      screen="transcription"
      icon="waveform"
      modality="audio-offline"
      headline="Queue recordings, get transcripts"
      summary="Add meeting recordings and let them transcribe in the background. Queued work survives restarts and network drops."
      features={['Long recordings split and uploaded automatically', 'Speaker labels where the model supports them', 'Export as text, SRT or VTT']}
    />
  );
}
