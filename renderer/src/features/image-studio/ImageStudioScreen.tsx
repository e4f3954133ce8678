import { ComingSoon } from '../shell/ComingSoon';

export function ImageStudioScreen() {
  return (
    <ComingSoon
      screen="image-studio"
      icon="sparkles"
      modality="image-generation"
      headline="Generate, edit, then approve"
      summary="Draft images from a prompt or edit existing ones with a mask. Nothing leaves the studio until you approve it."
      features={['Size, quality and format presets with the price shown up front', 'Edit with a mask painted over the area to change', 'A review step before any image is exported']}
    />
  );
}
