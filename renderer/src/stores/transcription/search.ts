import type { TranscriptHit } from '../../../../shared/contract';
import { call } from '../../api';
import { createSearchStore } from '../shell/search';
import { useTranscriptionDetail } from './detail';

/** The search box across every transcript, in the screen's header; a hit opens the recording at its segment. */
export const useTranscriptionSearch = createSearchStore<TranscriptHit>(
  (query) => call('transcription.search', { query, limit: 50 }),
  (hit) => useTranscriptionDetail.getState().open(hit.recordingId, hit.idx),
  { openOnType: true },
);
