/**
 * What core reports as data — warnings (shared/contract/warnings.ts) and errors with a `reason` in their
 * details — worded here. Core's own English `message` is only the fallback.
 */
export default {
  budget: {
    overall_day: 'daily overall budget',
    overall_month: 'monthly overall budget',
    modality_day: 'daily {{modality}} budget',
    modality_month: 'monthly {{modality}} budget',
    scene_day: 'daily budget of the “{{scene}}” scene',
    scene_month: 'monthly budget of the “{{scene}}” scene',
    modalities: {
      text: 'text & chat',
      'image-understanding': 'image understanding',
      'image-generation': 'image generation',
      'audio-offline': 'transcription',
      'audio-realtime': 'realtime audio',
    },
    soft: 'Over the {{budget}} of {{limit}} ({{spent}} spent or under way): it is a soft limit, so requests still go through.',
    hard_day: 'This could cost up to {{cost}}, but the {{budget}} of {{limit}} has {{left}} left. Raise it in Settings → Budgets, or wait until tomorrow.',
    hard_month: 'This could cost up to {{cost}}, but the {{budget}} of {{limit}} has {{left}} left. Raise it in Settings → Budgets, or wait until next month.',
    notifyTitle: 'Over a soft budget',
  },
  priceUnknown: 'The price of this model is unknown: no estimate can be shown and budgets cannot account for it.',
  sizeExperimental: 'Sizes above 2560 × 1440 are experimental on {{model}}.',
  transparentPreview: 'Transparent backgrounds are a preview on {{model}} and may fail.',
  model: {
    deprecatedOn: '{{model}} is deprecated since {{date}}.',
    deprecatedUndated: '{{model}} is deprecated (no retirement day announced).',
    retiresOn: '{{model}} is deprecated and retires on {{date}}.',
    retired: '{{model}} was retired on {{date}}; providers may refuse it.',
    prefer: 'Prefer {{model}}.',
    freeSizes: 'Any width × height in multiples of {{multiple}}; above {{experimental}} is experimental.',
    transparentPreview: 'Transparent backgrounds are a preview.',
    noEdits: 'No edits.',
    oneImage: 'One image per request.',
    squareEdits: 'Edits take one square PNG under 4 MB.',
  },
  /** Errors with a `reason` (shared/errors.ts ErrorReason); a hard budget reuses budget.hard_*. */
  errors: {
    provider: '{{what}} The provider said: “{{said}}”',
    connect_failed: 'Could not connect to the provider.',
    connection_broke: 'The connection to the provider broke.',
    no_answer: 'The provider did not answer in time.',
    no_model: {
      chat: 'No model is set up for chat yet. Add a provider in Settings, then pick a default chat model.',
      image_analysis: 'No image-analysis model is set up. Pick one in Settings → Default models.',
      summaries: 'No chat model is set up for summaries. Pick one in Settings → Default models.',
      transcription: 'No transcription model is set up. Pick one in Settings → Default models.',
      minutes: 'No chat model is set up for minutes. Pick one in Settings → Default models.',
    },
    not_audio: '“{{file}}” is not a recording Atelier can read (it may be damaged, truncated, or not audio).',
    no_audio_track: '“{{file}}” has no audio track.',
    no_audio_length: '“{{file}}” has no playable audio (its length is unknown or zero).',
    not_recording_format: '“{{file}}” is not a recording format Atelier takes. Use {{formats}}.',
    empty_file: '“{{file}}” is empty.',
  },
} as const;
