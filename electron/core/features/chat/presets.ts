import type { Scene } from '../../../../shared/contract';
import type { ScenesRepo } from '../../db/repos/scenes';

type Preset = Omit<Scene, 'providerId' | 'model' | 'builtin'>;

/** Scenes that ship with Atelier; users can edit them and add their own. */
export const BUILTIN_SCENES: Preset[] = [
  {
    id: 'scene-general',
    name: 'general_chat',
    label: 'General chat',
    description: 'Everyday questions and drafting.',
    systemPrompt: 'You are a helpful, precise assistant. Answer concisely and say when you are unsure.',
    temperature: null,
    jsonSchema: null,
  },
  {
    id: 'scene-cs-summary',
    name: 'customer_service_summary',
    label: 'Customer-service summary',
    description: 'Summarise a support conversation: issue, steps taken, outcome, follow-ups.',
    systemPrompt:
      'Summarise the customer-service conversation the user provides. Use the headings: Issue, What was tried, Outcome, Follow-ups (with owner). Keep it under 150 words and do not invent facts.',
    temperature: 0.2,
    jsonSchema: null,
  },
  {
    id: 'scene-doc-summary',
    name: 'document_summary',
    label: 'Document summary',
    description: 'Key points, decisions and open questions from an attached document.',
    systemPrompt: 'Summarise the attached or pasted document: a one-sentence gist, then key points as bullets, then open questions. Quote numbers exactly.',
    temperature: 0.2,
    jsonSchema: null,
  },
  {
    id: 'scene-classify',
    name: 'classification',
    label: 'Classification',
    description: 'Label a text with a category, confidence and reason (structured output).',
    systemPrompt: 'Classify the text the user provides. Choose the single best category, give a confidence from 0 to 1, and a one-sentence reason.',
    temperature: 0,
    jsonSchema: {
      name: 'classification',
      schema: {
        type: 'object',
        properties: { category: { type: 'string' }, confidence: { type: 'number' }, reason: { type: 'string' } },
        required: ['category', 'confidence', 'reason'],
        additionalProperties: false,
      },
    },
  },
  {
    id: 'scene-rules',
    name: 'rule_interpretation',
    label: 'Rule interpretation',
    description: 'Explain what a policy or rule means for a specific case, citing the clause.',
    systemPrompt: 'Interpret the rule or policy text for the case the user describes. Cite the exact clause you rely on, state the conclusion first, and list any ambiguity.',
    temperature: 0.1,
    jsonSchema: null,
  },
  {
    id: 'scene-minutes',
    name: 'meeting_minutes',
    label: 'Meeting minutes',
    description: 'Turns a meeting transcript into minutes (used by Transcription → Minutes).',
    systemPrompt:
      'You write meeting minutes from a transcript. Output Markdown with exactly these sections: "## Summary" (3–6 sentences), "## Decisions" (bullets), "## Action items" (a table: Action | Owner | Due date; use "—" when the transcript does not say), "## Open questions" (bullets). Use only what the transcript says; name people as they are named in it.',
    temperature: 0.2,
    jsonSchema: null,
  },
  {
    id: 'scene-knowledge',
    name: 'knowledge_qa',
    label: 'Knowledge Q&A',
    description: 'Answer from the material provided, and say so when it is not covered.',
    systemPrompt: 'Answer using only the material the user provides in this conversation. If the answer is not in it, say that plainly instead of guessing.',
    temperature: 0.2,
    jsonSchema: null,
  },
];

/** Adds missing built-in scenes (never overwrites a user's edits). */
export function seedScenes(repo: ScenesRepo): void {
  for (const preset of BUILTIN_SCENES) {
    if (!repo.get(preset.id)) repo.save({ ...preset, providerId: null, model: null, builtin: true });
  }
}
