/**
 * A batch sent through the Batch API: images prepared one at a time into a JSONL file, uploaded,
 * polled (the remote batch id is saved first, so a restart resumes polling instead of sending again),
 * and the answers mapped back to images by custom_id (= item id) and billed at the batch discount,
 * each image with its ledger row in the same transaction that marks it done.
 */
import fs from 'node:fs';
import path from 'node:path';
import type OpenAI from 'openai';
import { AppFailure, makeError } from '../../../../shared/errors';
import { formatMoney } from '../../../../shared/pricing';
import { BATCH_DISCOUNT, batchLedgerEntry, createJsonlWriter, pollBatch, readResults, submitBatch } from '../../batch/batch-api';
import type { BatchRow, RemoteState, VisionRepo } from '../../db/repos/vision';
import type { JobContext } from '../../jobs/persisted-queue';
import type { Logger } from '../../log';
import { prepareImage } from '../../media/image-prepare';
import type { MediaStore } from '../../media/store';
import type { PipelineStack } from '../../pipeline/stack';
import type { ProvidersService } from '../providers/service';
import { estimateItem, sendableDetail, VISION_SCENE, visionRequest } from './analyze';
import { expectedItemMicros } from './queue';
import { normalizeResult } from './recipes';

export function createRemoteRunner(deps: {
  repo: VisionRepo;
  stack: PipelineStack;
  providers: ProvidersService;
  media: MediaStore;
  workDir: string;
  changed: () => void;
  log: Logger;
  /** Poll delays (tests shorten them). */
  poll?: { firstMs: number; maxMs: number };
}) {
  const { repo } = deps;
  const save = (batchId: string, remote: RemoteState) => {
    repo.updateBatch({ ...repo.batch(batchId)!, remote });
    deps.changed();
  };

  /** Writes the JSONL (one prepared image in memory at a time) and submits it. */
  async function submit(batch: BatchRow, client: OpenAI, ctx: JobContext<{ batchId: string }>): Promise<RemoteState> {
    const detail = sendableDetail(batch.detail);
    const overrides = deps.stack.settings.config().priceOverrides;
    const money = (m: number) => formatMoney(m, deps.stack.settings.config().currency);
    fs.mkdirSync(deps.workDir, { recursive: true });
    const file = path.join(deps.workDir, `${batch.id}.jsonl`);
    const writer = createJsonlWriter(file);
    const itemIds: string[] = [];
    let expected = 0;
    let after = -1;
    for (let item = repo.nextPending(batch.id, after); item; item = repo.nextPending(batch.id, after)) {
      after = item.idx;
      if (ctx.signal.aborted) throw new AppFailure('cancelled');
      const cost = Math.round((expectedItemMicros(batch, item, overrides) ?? 0) * BATCH_DISCOUNT);
      if (batch.budgetMicros !== null && expected + cost > batch.budgetMicros) {
        throw new AppFailure('budget_exceeded', `The batch's cap of ${money(batch.budgetMicros)} would be passed: ${itemIds.length} images fit in it. Raise the cap or remove images.`);
      }
      try {
        const p = await prepareImage(item.sourcePath, item.name, { model: batch.model!, detail, crop: item.crop, overrides });
        const input = visionRequest(batch.recipe, { dataUrl: `data:${p.mime};base64,${p.data.toString('base64')}`, width: p.width, height: p.height }, detail);
        writer.add({
          custom_id: item.id,
          method: 'POST',
          url: '/v1/chat/completions',
          body: {
            model: batch.model,
            messages: input.messages.map((m) => ({ role: m.role, content: typeof m.content === 'string' ? m.content : m.content.map((c) => (c.type === 'text' ? c : { type: 'image_url', image_url: c.image_url })) })),
            response_format: { type: 'json_schema', json_schema: { ...input.jsonSchema!, strict: true } },
            max_completion_tokens: input.maxOutputTokens,
          },
        });
        const e = estimateItem(batch.recipe, batch.model!, p, detail, overrides);
        repo.itemPrepared(item.id, { sentWidth: p.width, sentHeight: p.height, sentBytes: p.data.length, estImageTokens: p.tokens, estInputTokens: e.inputTokens });
        itemIds.push(item.id);
        expected += cost;
      } catch (error) {
        if (!(error instanceof AppFailure)) throw error;
        repo.settleItem(item.id, 'failed', error.toAppError());
      }
      ctx.progress(itemIds.length, itemIds.length, 'Preparing');
    }
    if (itemIds.length === 0) throw new AppFailure('invalid_input', 'No image in the batch could be prepared.');
    const { inputFileId, batch: remote } = await submitBatch(client, file, '/v1/chat/completions', { atelier_batch: batch.id }, ctx.signal);
    fs.rmSync(file, { force: true });
    const state: RemoteState = { inputFileId, batchId: remote.id, status: remote.status, outputFileId: null, errorFileId: null, completed: 0, failed: 0, total: itemIds.length, itemIds };
    save(batch.id, state);
    deps.log.info('vision.batch_submitted', { batch: batch.id, remote: remote.id, requests: itemIds.length });
    return state;
  }

  /** Maps output and error files back to images; each answer is billed once, with its item. */
  async function collect(batch: BatchRow, client: OpenAI, remote: OpenAI.Batch, ctx: JobContext<{ batchId: string }>): Promise<void> {
    const signal = ctx.signal;
    const seen = new Set<string>();
    if (remote.output_file_id) {
      for (const line of await readResults(client, remote.output_file_id, signal)) {
        seen.add(line.customId);
        const item = repo.item(line.customId);
        if (!item || item.batchId !== batch.id || item.state === 'done') continue;
        if (line.error || (line.statusCode ?? 200) >= 400) {
          repo.settleItem(item.id, 'failed', makeError('upstream', line.error?.message ?? `The provider answered ${line.statusCode}.`));
          continue;
        }
        const body = line.body as OpenAI.Chat.ChatCompletion;
        const usage = body.usage;
        const full = deps.stack.pricer.costOf(batch.model!, { inputTokens: usage?.prompt_tokens ?? 0, cachedTokens: usage?.prompt_tokens_details?.cached_tokens ?? 0, outputTokens: usage?.completion_tokens ?? 0, images: 1, audioSeconds: 0, raw: usage });
        const cost = Math.round(full.micros * BATCH_DISCOUNT);
        ctx.write(() => {
          deps.stack.ledger.append(
            batchLedgerEntry({
              requestId: item.id,
              scene: VISION_SCENE,
              modality: 'image-understanding',
              providerId: batch.providerId!,
              model: body.model ?? batch.model!,
              operation: 'chat.batch',
              inputTokens: usage?.prompt_tokens ?? 0,
              cachedTokens: usage?.prompt_tokens_details?.cached_tokens ?? 0,
              outputTokens: usage?.completion_tokens ?? 0,
              images: 1,
              audioSeconds: 0,
              costMicros: cost,
              latencyMs: 0,
            }),
          );
          repo.itemDone(item.id, {
            sentWidth: item.sentWidth ?? 0,
            sentHeight: item.sentHeight ?? 0,
            sentBytes: item.sentBytes ?? 0,
            estImageTokens: item.estImageTokens,
            estInputTokens: item.estInputTokens,
            inputTokens: usage?.prompt_tokens ?? 0,
            outputTokens: usage?.completion_tokens ?? 0,
            costMicros: cost,
            cached: false,
            requestId: item.id,
            model: body.model ?? batch.model!,
            latencyMs: 0,
            result: normalizeResult(batch.recipe, body.choices?.[0]?.message?.content ?? ''),
          });
        });
      }
    }
    if (remote.error_file_id) {
      for (const line of await readResults(client, remote.error_file_id, signal)) {
        seen.add(line.customId);
        const item = repo.item(line.customId);
        if (item && item.batchId === batch.id && item.state === 'pending') repo.settleItem(item.id, 'failed', makeError('upstream', line.error?.message ?? 'The provider could not run this request.'));
      }
    }
    // Requests the provider never ran (expired or cancelled batches) are failed, to be sent again by a new start.
    const why = remote.status === 'expired' ? 'The Batch API did not run it within 24 hours (the batch expired). Start the batch again to send it.' : 'The remote batch was cancelled before it ran.';
    for (const id of batch.remote?.itemIds ?? []) {
      const item = repo.item(id);
      if (item && item.state === 'pending' && !seen.has(id)) repo.settleItem(id, 'failed', makeError('timeout', why));
    }
  }

  return {
    async run(batch: BatchRow, ctx: JobContext<{ batchId: string }>): Promise<unknown> {
      const client = await deps.providers.client(batch.providerId!);
      let remote = batch.remote;
      if (!remote?.batchId) remote = await submit(batch, client, ctx);
      const final = await pollBatch(client, remote.batchId!, {
        signal: ctx.signal,
        firstDelayMs: deps.poll?.firstMs,
        maxDelayMs: deps.poll?.maxMs,
        onStatus: (b) => {
          const counts = b.request_counts ?? { completed: 0, failed: 0, total: remote!.total };
          remote = { ...remote!, status: b.status, completed: counts.completed, failed: counts.failed, outputFileId: b.output_file_id ?? null, errorFileId: b.error_file_id ?? null };
          save(batch.id, remote);
          ctx.progress(counts.completed + counts.failed, counts.total || remote.total, `Batch API: ${b.status}`);
        },
      });
      if (final.status === 'failed') {
        const reason = final.errors?.data?.map((e) => e.message).join('; ') || 'the provider rejected the batch file';
        const fresh = repo.batch(batch.id)!;
        repo.updateBatch({ ...fresh, remote: { ...fresh.remote!, batchId: null, status: 'failed' } });
        throw new AppFailure('invalid_input', `The Batch API refused the batch: ${reason}.`);
      }
      await collect(repo.batch(batch.id)!, client, final, ctx);
      const fresh = repo.batch(batch.id)!;
      repo.updateBatch({ ...fresh, state: 'done', finishedAt: new Date().toISOString() });
      deps.changed();
      return { status: final.status };
    },
    async cancel(batch: BatchRow): Promise<void> {
      if (!batch.remote?.batchId || !batch.providerId) return;
      const client = await deps.providers.client(batch.providerId);
      await client.batches.cancel(batch.remote.batchId);
    },
  };
}
