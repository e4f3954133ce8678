/** Notifications from core (finished recordings, budgets) and their buttons. */
export default {
  openTranscription: 'Open Transcription',
  openImageAnalysis: 'Open Image analysis',
  openBudgets: 'Open Budgets',
  recordingDone: 'Transcript ready',
  recordingDoneBody: '{{name}} is transcribed.',
  recordingFailed: 'Transcription failed',
  recordingFailedBody: '{{name}} could not be transcribed. Open Transcription for details.',
  batchDone: 'Analysis finished',
  batchDoneBody_one: '{{name}}: {{count}} image analysed.',
  batchDoneBody_other: '{{name}}: {{count}} images analysed.',
  batchFailed: 'Analysis stopped',
  batchFailedBody: '{{name}} could not finish. Open Image analysis for details.',
} as const;
