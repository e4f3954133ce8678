/** The Chat screen's new strings (the rest of the screen is converted separately). */
export default {
  picker: {
    inUseScene: '{{model}} (scene or default)',
    inUseConversation: '{{model}} (this conversation’s)',
    sceneOrDefault: 'Scene or default model',
    conversationModel: 'Conversation model',
    notListed: '{{model}} (no longer listed)',
    tier: { fast: 'fast & cheap', balanced: 'balanced', capable: 'most capable' },
    capability: { chat: 'chat', vision: 'reads images', audio: 'audio', image: 'makes images' },
  },
  composer: {
    tooLong: 'This text is too long for one message ({{length}} characters; the limit is {{limit}}).',
    attachAsFile: 'Attach as a file',
    tokensIn: '{{tokens}} tokens in',
    cost: '≈ {{likely}} · max {{max}}',
    priceUnknown: 'price of {{model}} unknown',
    estimateTitle:
      'Sent to {{model}}: about {{input}} input tokens. The likely cost assumes a reply of about {{reply}} tokens; the most it can cost is with a reply of {{max}} tokens.',
    withoutReply: 'Without any reply: {{cost}}.',
  },
  usage: {
    stopped: 'Stopped',
    stoppedTitle: 'Stopped before it finished: billed for the tokens that arrived.',
  },
  transfer: {
    import: 'Import',
    importLabel: 'Import a conversation',
    importTitle: 'Import a conversation exported as JSON or Markdown',
    emptyHint: 'Choose a conversation exported from Atelier as JSON or Markdown.',
  },
  branch: {
    switchedTitle: 'Showing another version of this conversation',
    switchedText: 'The message you searched for is on an earlier or later version (an edited question or a regenerated reply), so that version is shown now.',
    back: 'Back to the version you had',
    stay: 'Stay here',
  },
  first: {
    label: 'First message',
    placeholder: 'Ask anything — Enter sends and starts the conversation',
    send: 'Send',
    couldNotSend: 'Could not send the message',
  },
} as const;
