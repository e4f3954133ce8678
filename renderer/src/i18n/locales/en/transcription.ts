/** Transcription: intake, queue, transcript viewer, minutes. */
const en = {
  intake: {
    notAudio: '“{{name}}” is not audio: Atelier could not find a recording in it (it may be a renamed text or document file).',
  },
  minutes: {
    export: 'Export',
    exportLabel: 'Export the minutes',
    markdown: 'Markdown (MD)',
    word: 'Word (DOCX)',
  },
  job: {
    remove: 'Remove',
    removeNamed: 'Remove {{name}}',
    permanent: 'Retrying will not help: this file cannot be transcribed. Remove it, and add a working copy of the recording.',
  },
} as const;

export default en;
