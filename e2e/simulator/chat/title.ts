/**
 * Conversation titles. Atelier asks a cheap model to name a conversation from its first exchange; the
 * simulator answers with a short title taken from the user's question (its first clause, a few words,
 * filler and test markers left out), in the language the question is written in.
 */

/** The first line of Atelier's title request (electron/core/features/chat/titles.ts). */
const TITLE_REQUEST = /^Write a short title for the conversation below\./;

export const isTitleRequest = (question: string): boolean => TITLE_REQUEST.test(question.trim());

const FILLER = /^(please|hey|hi|hello|so|ok|okay|can you|could you|would you|will you|i need you to|i want to|i'd like to|help me|tell me about|tell me|explain|what is|what are|how do i|how to)\b[\s,]*/i;
const HAN = /\p{Script=Han}/u;
const TRAILING = /^(a|an|the|to|of|for|and|or|about|with|in|on|at|by|my|our|your)$/i;

/** "Can you explain how SSE streams work? …" → "How SSE streams work"; "请帮我总结这次会议的要点" → "总结这次会议的要点". */
export function titleFor(request: string): string {
  const question = /<user>\n?([\s\S]*?)\n?<\/user>/.exec(request)?.[1] ?? request;
  let text = question.replace(/SIM_[A-Z_]+=\S+/g, ' ').replace(/\s+/g, ' ').trim();
  text = text.split(/(?<=[.?!。？！；;:：\n])/u)[0]!.replace(/[.?!。？！；;:：]+$/u, '').trim();
  if (HAN.test(text)) {
    const zh = text.replace(/^(请|请你|麻烦|帮我|你能|能不能|可以)+/u, '').replace(/[，,].*$/u, '');
    return zh.slice(0, 16) || '新对话';
  }
  for (let i = 0; i < 3; i++) text = text.replace(FILLER, '');
  const words = text.split(' ').filter(Boolean).slice(0, 6);
  // A title does not end on a little word: "Draft a polite reminder", not "Draft a polite reminder to the".
  while (words.length > 1 && TRAILING.test(words.at(-1)!)) words.pop();
  if (words.length === 0) return 'Quick question';
  const title = words.join(' ').replace(/[,;]+$/, '');
  return title[0]!.toUpperCase() + title.slice(1);
}
