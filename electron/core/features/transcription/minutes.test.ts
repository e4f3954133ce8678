import { describe, expect, it } from 'vitest';
import type { Scene } from '../../../../shared/contract';
import { countWith } from '../../tokens/count';
import { sections, transcriptLines, writeMinutes } from './minutes';

const scene: Scene = { id: 's', name: 'meeting_minutes', label: 'Minutes', description: '', systemPrompt: 'Write minutes.', providerId: null, model: null, temperature: null, jsonSchema: null, builtin: true };

describe('minutes', () => {
  it('splits long transcripts into sections without splitting a line, and keeps every line', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `Speaker A: line ${i} about the roadmap and the budget for next quarter`);
    const parts = sections(lines, 6000);
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.join('\n').split('\n')).toEqual(lines);
  });

  it('sizes sections by real tokens, so a Chinese transcript is not sent in sections several times too large', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `发言人甲：第${i}项，我们讨论了下个季度的预算、招聘计划和产品发布清单。`);
    const parts = sections(lines, 2000);
    for (const p of parts) expect(countWith('o200k_base', p)).toBeLessThanOrEqual(2000 + 400);
    expect(parts.join('\n').split('\n')).toEqual(lines);
  });

  it('names speakers as the user renamed them', () => {
    expect(transcriptLines([{ idx: 0, startMs: 0, endMs: 1, speaker: 'A', text: 'hi' }, { idx: 1, startMs: 1, endMs: 2, speaker: 'B', text: 'yo' }], { A: 'Ana' })).toEqual(['Ana: hi', 'Speaker B: yo']);
  });

  it('maps each section to notes and reduces the notes to minutes (nothing truncated)', async () => {
    const seen: string[] = [];
    const stack = {
      operations: { chat: {} },
      pricer: { countText: (_model: string, text: string) => countWith('o200k_base', text) },
      pipeline: {
        run: async (_op: unknown, req: { input: { messages: { role: string; content: string }[] } }) => {
          const user = req.input.messages[1]!.content;
          seen.push(user);
          return { costMicros: 10, output: { text: user.startsWith('Part') ? `notes(${user.slice(0, 12)})` : 'MINUTES' } };
        },
      },
    } as never;
    const lines = Array.from({ length: 2000 }, (_, i) => `B: point ${i} on pricing, hiring and the launch checklist`);
    const out = await writeMinutes(stack, scene, { providerId: 'p', model: 'm' }, lines);
    const n = sections(lines).length;
    expect(seen).toHaveLength(n + 1);
    expect(seen.at(-1)).toContain(`Notes on part ${n}:`);
    expect(out).toEqual({ content: 'MINUTES', costMicros: 10 * (n + 1) });
    expect(seen.slice(0, -1).join('\n')).toContain('point 1999 on pricing');
  });
});
