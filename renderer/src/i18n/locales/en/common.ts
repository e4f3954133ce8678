import { ENV_PROVIDER_NAMES } from '../../../../../shared/contract';

/** Words shared by every screen: actions, states and units. */
export default {
  actions: {
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    retry: 'Retry',
    remove: 'Remove',
    confirm: 'Confirm',
    export: 'Export',
    import: 'Import',
    edit: 'Edit',
    copy: 'Copy',
    pause: 'Pause',
    resume: 'Resume',
  },
  states: {
    loading: 'Loading…',
    saving: 'Saving…',
    saved: 'Saved',
    failed: 'Failed',
    never: 'never',
    unknown: 'unknown',
  },
  /** The English is what core names the provider read from the environment. */
  environmentProvider: ENV_PROVIDER_NAMES,
  time: {
    justNow: 'just now',
  },
  count: {
    items_one: '{{count}} item',
    items_other: '{{count}} items',
    models_one: '{{count}} model',
    models_other: '{{count}} models',
    files_one: '{{count}} file',
    files_other: '{{count}} files',
  },
  units: {
    ms: '{{value}} ms',
    s: '{{value}} s',
    min: '{{value}} min',
    h: '{{value}} h',
    hMin: '{{h}} h {{min}} min',
    B: '{{value}} B',
    KB: '{{value}} KB',
    MB: '{{value}} MB',
    GB: '{{value}} GB',
  },
  modalities: {
    text: 'Text & chat',
    'image-understanding': 'Image understanding',
    'image-generation': 'Image generation',
    'audio-offline': 'Transcription',
    'audio-realtime': 'Realtime audio',
  },
  key: {
    none: 'No key',
    backends: {
      safeStorage: 'OS encryption',
      basic_text: 'Basic encryption',
      keyring: 'OS keyring',
      file: 'Encrypted file',
      environment: 'Environment variable',
    },
  },
  misc: {
    budgetWarnings: 'Budget warnings',
    optional: 'Optional',
    working: 'Working…',
    dismiss: 'Dismiss notification',
    total: 'Total',
  },
  models: {
    choose: 'Choose a model',
    notListed: '{{model}} (no longer listed)',
    tier: { fast: 'fast & cheap', balanced: 'balanced', capable: 'most capable' },
    capability: { chat: 'chat', vision: 'reads images', audio: 'audio', image: 'makes images' },
  },
} as const;
