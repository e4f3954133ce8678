/**
 * OpenAI's Batch API, for any feature with large, non-urgent work (image analysis now, image studio
 * later): requests written as JSONL, uploaded with purpose 'batch', run within 24 h at half price,
 * polled with backoff (a restart resumes polling from the saved batch id), and the output and error
 * files read back line by line and matched by custom_id.
 */
import fs from 'node:fs';
import OpenAI, { toFile } from 'openai';
import { AppFailure } from '../../../shared/errors';
import type { LedgerEntry, LedgerRepo } from '../db/repos/ledger';
import { periodKeys } from '../pipeline/periods';

/** The Batch API's price: half of the synchronous list price. */
export const BATCH_DISCOUNT = 0.5;
/** The Batch API's own limits per input file. */
export const MAX_BATCH_REQUESTS = 50_000;
export const MAX_BATCH_FILE_BYTES = 200 * 1024 * 1024;

export type BatchEndpoint = '/v1/chat/completions' | '/v1/responses' | '/v1/embeddings' | '/v1/images/generations' | '/v1/images/edits';
export const TERMINAL_STATUSES = new Set(['completed', 'failed', 'expired', 'cancelled']);

export interface BatchRequestLine {
  custom_id: string;
  method: 'POST';
  url: BatchEndpoint;
  body: unknown;
}

/** One answer from the output or error file. */
export interface BatchResultLine {
  customId: string;
  statusCode: number | null;
  body: unknown;
  error: { code: string; message: string } | null;
}

/** Appends requests to a JSONL file, one at a time, and keeps the limits. */
export function createJsonlWriter(file: string) {
  fs.writeFileSync(file, '');
  let count = 0;
  let bytes = 0;
  return {
    add(line: BatchRequestLine): void {
      const text = `${JSON.stringify(line)}\n`;
      const size = Buffer.byteLength(text);
      if (count + 1 > MAX_BATCH_REQUESTS) throw new AppFailure('too_large', `A Batch API file holds at most ${MAX_BATCH_REQUESTS.toLocaleString('en')} requests; split the batch.`);
      if (bytes + size > MAX_BATCH_FILE_BYTES) throw new AppFailure('too_large', 'The Batch API file would pass 200 MB; split the batch or lower the detail level.');
      fs.appendFileSync(file, text);
      count++;
      bytes += size;
    },
    get count() {
      return count;
    },
    get bytes() {
      return bytes;
    },
  };
}

/** Uploads a JSONL file (purpose 'batch') and creates the batch. */
export async function submitBatch(client: OpenAI, file: string, endpoint: BatchEndpoint, metadata: Record<string, string> = {}, signal?: AbortSignal): Promise<{ inputFileId: string; batch: OpenAI.Batch }> {
  const uploaded = await client.files.create({ file: await toFile(fs.createReadStream(file), 'batch.jsonl', { type: 'application/jsonl' }), purpose: 'batch' }, { signal });
  const batch = await client.batches.create({ input_file_id: uploaded.id, endpoint: endpoint as OpenAI.BatchCreateParams['endpoint'], completion_window: '24h', metadata }, { signal });
  return { inputFileId: uploaded.id, batch };
}

/** Delay before the n-th poll (0-based): 1 s doubling to a ceiling; long batches are not polled every second. */
export const pollDelay = (n: number, firstMs = 1000, maxMs = 60_000) => Math.min(maxMs, firstMs * 2 ** Math.min(n, 16));

/** Polls until the batch reaches a terminal status, reporting each status seen. */
export async function pollBatch(
  client: OpenAI,
  batchId: string,
  opts: { signal: AbortSignal; onStatus: (b: OpenAI.Batch) => void; firstDelayMs?: number; maxDelayMs?: number },
): Promise<OpenAI.Batch> {
  for (let n = 0; ; n++) {
    const b = await client.batches.retrieve(batchId, { signal: opts.signal });
    opts.onStatus(b);
    if (TERMINAL_STATUSES.has(b.status)) return b;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, pollDelay(n, opts.firstDelayMs, opts.maxDelayMs));
      opts.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new AppFailure('cancelled'));
      }, { once: true });
    });
  }
}

/** The lines of an output or error file. */
export async function readResults(client: OpenAI, fileId: string, signal?: AbortSignal): Promise<BatchResultLine[]> {
  const response = await client.files.content(fileId, { signal });
  const text = await response.text();
  const out: BatchResultLine[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const raw = JSON.parse(line) as { custom_id: string; response?: { status_code?: number; body?: unknown } | null; error?: { code?: string; message?: string } | null };
    const body = raw.response?.body ?? null;
    const bodyError = (body as { error?: { code?: string; message?: string } } | null)?.error;
    const error = raw.error ?? bodyError ?? null;
    out.push({
      customId: raw.custom_id,
      statusCode: raw.response?.status_code ?? null,
      body,
      error: error ? { code: String(error.code ?? 'error'), message: String(error.message ?? 'The request failed.') } : null,
    });
  }
  return out;
}

/** A ledger row for one request answered by the Batch API, at the discounted price. */
export function batchLedgerEntry(e: Omit<LedgerEntry, 'ts' | 'day' | 'month' | 'attempt' | 'savedMicros' | 'cached' | 'fallback' | 'billing' | 'httpStatus' | 'outcome'> & { outcome?: string }): LedgerEntry {
  const date = new Date();
  return { ts: date.toISOString(), ...periodKeys(date), attempt: 1, savedMicros: 0, cached: false, fallback: false, billing: 'reported', httpStatus: 200, outcome: 'ok', ...e };
}

export const appendBatchUsage = (ledger: LedgerRepo, e: Parameters<typeof batchLedgerEntry>[0]) => ledger.append(batchLedgerEntry(e));
