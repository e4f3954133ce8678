import { ComingSoon } from '../shell/ComingSoon';

export function ImageAnalysisScreen() {
  return (
    <ComingSoon
      screen="image-analysis"
      icon="scan"
      modality="image-understanding"
      headline="Drop in images and ask about them"
      summary="Describe screenshots, read charts, compare photos — with the token cost estimated before anything is sent."
      features={['Drag and drop or paste several images at once', 'Cost shown per image before sending', 'Answers saved next to the images they describe']}
    />
  );
}
