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
  time: {
    justNow: 'just now',
  },
  count: {
    items_one: '{{count}} item',
    items_other: '{{count}} items',
  },
} as const;
