/** Where a job sent through OpenAI's Batch API stands, as kept across restarts (image studio, image analysis). */
export interface BatchApiRemote {
  inputFileId: string | null;
  batchId: string | null;
  status: string;
  outputFileId: string | null;
  errorFileId: string | null;
  completed: number;
  failed: number;
  total: number;
}
