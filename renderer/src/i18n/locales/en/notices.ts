/** Notifications from core (finished recordings, budgets) and their buttons. */
export default {
  openTranscription: 'Open Transcription',
  openBudgets: 'Open Budgets',
} as const;
