import { describe, expect, it } from 'vitest';
import { titleMessages } from '../../electron/core/features/chat/titles';
import { isTitleRequest, titleFor } from './chat/title';

/** The request exactly as Atelier sends it. */
const request = (question: string) => titleMessages(question, 'Some long answer.')[1]!.content as string;

describe('simulated conversation titles', () => {
  it("recognises Atelier's title request and nothing else", () => {
    expect(isTitleRequest(request('Hello'))).toBe(true);
    expect(isTitleRequest('Write a short poem')).toBe(false);
  });

  it('answers with a few words from the question, filler and test markers left out, in its language', () => {
    expect(titleFor(request('Can you explain how SSE streams work? And why they drop?'))).toBe('How SSE streams work');
    expect(titleFor(request('Tell me about streams SIM_REPLY_TOKENS=60'))).toBe('Streams');
    expect(titleFor(request('Draft a polite reminder to the finance team about the overdue Q3 invoices'))).toBe('Draft a polite reminder');
    expect(titleFor(request('请帮我总结这次产品评审会议的要点，并列出待办事项'))).toBe('总结这次产品评审会议的要点');
    expect(titleFor(request('?'))).toBe('Quick question');
  });
});
