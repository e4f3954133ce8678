/** Every /v1 route the simulator serves, in match order. */
import { cancelBatch, createBatch, createFile, retrieveBatch, retrieveFile } from './batches';
import { chatCompletions } from './chat';
import { imageEdits } from './images-edit';
import { imageGenerations } from './images-generate';
import { listModels, retrieveModel } from './models';
import { moderations } from './moderations';
import type { RouteDef } from './route';
import { clientSecrets, transcriptionSessions } from './realtime-sessions';
import { transcriptions } from './transcriptions';

export const ROUTES: readonly RouteDef[] = [
  listModels,
  retrieveModel,
  chatCompletions,
  imageGenerations,
  imageEdits,
  transcriptions,
  moderations,
  createFile,
  retrieveFile,
  createBatch,
  cancelBatch,
  retrieveBatch,
  transcriptionSessions,
  clientSecrets,
];
