import type { Migration } from '../migrate';
import { m0001Initial } from './0001-initial';
import { m0002Pipeline } from './0002-pipeline';
import { m0003Chat } from './0003-chat';
import { m0004Jobs } from './0004-jobs';
import { m0005Transcription } from './0005-transcription';
import { m0006JobOutcomes } from './0006-job-outcomes';
import { m0007Studio } from './0007-studio';
import { m0008Vision } from './0008-vision';
import { m0009Live } from './0009-live';
import { m0010Search } from './0010-search';
import { m0011ReplySource } from './0011-reply-source';
import { m0012StudioBatches } from './0012-studio-batches';
import { m0013SearchUnits } from './0013-search-units';

/** Numbered, in order, never edited once landed: add a new file instead. */
export const migrations: readonly Migration[] = [
  m0001Initial, m0002Pipeline, m0003Chat, m0004Jobs, m0005Transcription, m0006JobOutcomes, m0007Studio, m0008Vision, m0009Live, m0010Search, m0011ReplySource, m0012StudioBatches, m0013SearchUnits,
];
