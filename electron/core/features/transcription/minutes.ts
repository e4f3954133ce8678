import type { ModelRef, Scene } from '../../../../shared/contract';
import { AppFailure } from '../../../../shared/errors';
import type { SegmentRow } from '../../db/repos/recordings';
import type { PipelineStack } from '../../pipeline/stack';
import { countWith } from '../../tokens/count';
import { speakerName } from './exports';

/** Transcript text per model call; longer transcripts are summarised in sections, then combined. */
export const SECTION_TOKENS = 6000;
const NOTES_PROMPT =
  'These are notes for one part of a longer meeting. From this part of the transcript, list: key points, decisions, action items (with owner and due date when said), open questions. Be terse; use only what is said.';

export function transcriptLines(segments: SegmentRow[], names: Record<string, string>): string[] {
  return segments.map((s) => `${s.speaker ? `${speakerName(s.speaker, names)}: ` : ''}${s.text}`);
}

/** Splits lines into sections of at most `limit` tokens (counted, o200k_base by default), never splitting a line. */
export function sections(lines: string[], limit = SECTION_TOKENS, count = (line: string) => countWith('o200k_base', line)): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let tokens = 0;
  for (const line of lines) {
    const t = count(line) + 1;
    if (tokens + t > limit && current.length) {
      out.push(current.join('\n'));
      current = [];
      tokens = 0;
    }
    current.push(line);
    tokens += t;
  }
  if (current.length) out.push(current.join('\n'));
  return out;
}

/**
 * Meeting minutes by map-reduce: each section of a long transcript becomes notes, and the notes
 * become the minutes under the scene's instructions. Nothing is truncated.
 */
export async function writeMinutes(
  stack: Pick<PipelineStack, 'pipeline' | 'operations' | 'pricer'>,
  scene: Scene,
  target: ModelRef,
  lines: string[],
): Promise<{ content: string; costMicros: number }> {
  if (lines.length === 0) throw new AppFailure('invalid_input', 'The transcript is empty, so there is nothing to write minutes from.');
  let cost = 0;
  const ask = async (system: string, text: string) => {
    const r = await stack.pipeline.run(stack.operations.chat, {
      scene: scene.name,
      modality: 'text',
      providerId: target.providerId,
      model: target.model,
      priority: 'interactive',
      input: { messages: [{ role: 'system', content: system }, { role: 'user', content: text }], ...(scene.temperature !== null ? { temperature: scene.temperature } : {}) },
    });
    cost += r.costMicros;
    return r.output.text;
  };
  const parts = sections(lines, SECTION_TOKENS, (line) => stack.pricer.countText(target.model, line));
  const material =
    parts.length === 1 ? parts[0]! : (await Promise.all(parts.map((p, i) => ask(NOTES_PROMPT, `Part ${i + 1} of ${parts.length}:\n\n${p}`)))).map((n, i) => `Notes on part ${i + 1}:\n${n}`).join('\n\n');
  const content = await ask(scene.systemPrompt, parts.length === 1 ? `Transcript:\n\n${material}` : `Notes from the parts of the meeting, in order:\n\n${material}`);
  return { content, costMicros: cost };
}
