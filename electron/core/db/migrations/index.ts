import type { Migration } from '../migrate';
import { m0001Initial } from './0001-initial';

/** Numbered, in order, never edited once landed: add a new file instead. */
export const migrations: readonly Migration[] = [m0001Initial];
