/** The frame around every screen: navigation, screen names and descriptions. */
export default {
  screens: {
    chat: { title: 'Chat', description: 'Talk with a model, keep conversations and reuse good prompts.' },
    'image-analysis': { title: 'Image analysis', description: 'Ask questions about screenshots, charts and photos.' },
    'image-studio': { title: 'Image studio', description: 'Generate and edit images, then approve them before they are used.' },
    transcription: { title: 'Transcription', description: 'Queue meeting recordings and get searchable transcripts.' },
    usage: { title: 'Usage', description: 'See what each model call cost and where the budget stands.' },
    settings: { title: 'Settings', description: 'Providers, default models, policies, budgets, pricing, key storage, appearance and data.' },
  },
  shortcuts: {
    goTo: 'Go to {{screen}}',
    openSettings: 'Open Settings',
    showShortcuts: 'Show keyboard shortcuts',
    closeDialog: 'Close a dialog',
    transcriptionAdd: 'Transcription: add recordings',
    transcriptionSearch: 'Transcription: search all transcripts',
    transcriptionFind: 'Transcription: find in the open transcript',
    chatNew: 'Chat: new conversation',
    chatSearch: 'Chat: search messages',
    chatSend: 'Chat: send the message',
    chatNewLine: 'Chat: new line in the message',
    chatStop: 'Chat: stop a streaming reply',
    chatEditLast: 'Chat: edit your last message (in an empty composer)',
  },
  sidebar: {
    navLabel: 'Main',
    version: 'Version {{version}}',
  },
} as const;
