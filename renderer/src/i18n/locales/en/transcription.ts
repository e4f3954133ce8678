/** Transcription: intake, queue, transcript viewer, minutes. */
const en = {
  summary: {
    label: 'Estimate',
    audio: 'Audio',
    files_one: '{{count}} file',
    files_other: '{{count}} files',
    unknownLength: ' · {{count}} of unknown length',
    cost: 'Estimated cost',
    estimating: 'Estimating…',
    priceUnknown: 'Price unknown',
    atLeast: 'at least {{amount}}',
    noPrice: 'No per-minute price is known for {{model}}; set one in Settings → Pricing.',
    thisModel: 'this model',
    perMinute: '{{model}}, per minute of audio',
    chooseModel: 'Choose a model',
  },
  intake: {
    notAudio: '“{{name}}” is not audio: Atelier could not find a recording in it (it may be a renamed text or document file).',
  },
  minutes: {
    export: 'Export',
    exportLabel: 'Export the minutes',
    markdown: 'Markdown (MD)',
    word: 'Word (DOCX)',
  },
  segment: {
    speakerMenu: 'Change the speaker at {{at}}',
    moveTo: 'Move to {{name}}',
    newSpeaker: 'Move to a new speaker',
    moveFailed: 'Could not move that passage to another speaker',
    approximate: 'Approximate time: this model gives no timestamps, so times are estimated from the length of each sentence.',
  },
  job: {
    remove: 'Remove',
    removeNamed: 'Remove {{name}}',
    permanent: 'Retrying will not help: this file cannot be transcribed. Remove it, and add a working copy of the recording.',
  },
} as const;

export default en;
