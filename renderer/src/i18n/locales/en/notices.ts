/** Notifications from core (finished recordings, budgets) and their buttons. */
export default {
  openTranscription: 'Open Transcription',
  openImageAnalysis: 'Open Image analysis',
  openBudgets: 'Open Budgets',
} as const;
