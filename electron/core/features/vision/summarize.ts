/**
 * A text model's answer over every row of a batch (totals, outliers, "which photos show damage and
 * why"): rows are cut into sections that fit a request, each section is answered, and the partial
 * answers are combined; nothing is truncated however many rows there are.
 */
import type { ModelRef } from '../../../../shared/contract';
import { AppFailure } from '../../../../shared/errors';
import type { PipelineStack } from '../../pipeline/stack';
import { sections } from '../transcription/minutes';

export const SUMMARY_SCENE = 'image_analysis_summary';
const SECTION_TOKENS = 6000;
const SYSTEM = 'You analyse a table of results extracted from images, one row per image (file name first). Answer the question using only the rows given; name the files you refer to. Compute totals exactly from the values.';

export async function summarizeRows(
  stack: Pick<PipelineStack, 'pipeline' | 'operations'>,
  target: ModelRef,
  question: string,
  rows: string[],
  limit = SECTION_TOKENS,
): Promise<{ content: string; costMicros: number; calls: number }> {
  if (rows.length === 0) throw new AppFailure('invalid_input', 'No image has a result yet, so there is nothing to summarise.');
  let cost = 0;
  let calls = 0;
  const ask = async (text: string) => {
    const r = await stack.pipeline.run(stack.operations.chat, {
      scene: SUMMARY_SCENE,
      modality: 'text',
      providerId: target.providerId,
      model: target.model,
      priority: 'interactive',
      input: { messages: [{ role: 'system', content: SYSTEM }, { role: 'user', content: text }] },
    });
    cost += r.costMicros;
    calls++;
    return r.output.text;
  };
  let parts = sections(rows, limit);
  if (parts.length === 1) return { content: await ask(`Question: ${question}\n\nRows:\n${parts[0]}`), costMicros: cost, calls };
  // Map: each section answers for its rows (with partial totals); reduce until one request holds them all.
  let notes = await Promise.all(parts.map((p, i) => ask(`Question: ${question}\n\nThis is part ${i + 1} of ${parts.length} of the rows. Answer for these rows only, with partial totals and counts, so the parts can be combined.\n\nRows:\n${p}`)));
  for (;;) {
    parts = sections(notes.map((n, i) => `Answer for part ${i + 1}:\n${n}`), limit);
    // Partial answers too long to group any further are combined in one last request.
    if (parts.length === 1 || parts.length >= notes.length) {
      parts = [parts.join('\n\n')];
      break;
    }
    notes = await Promise.all(parts.map((p) => ask(`Question: ${question}\n\nCombine these partial answers (add up partial totals and counts):\n\n${p}`)));
  }
  const content = await ask(`Question: ${question}\n\nThe rows were answered in ${notes.length} parts. Combine the partial answers into one answer (add up partial totals and counts exactly):\n\n${parts[0]}`);
  return { content, costMicros: cost, calls };
}
