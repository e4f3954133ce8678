import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { classifyUpstreamError, toFailure } from './classify';

describe('classifying upstream errors', () => {
  it('names a reason the renderer can word for the failures people meet most', () => {
    expect(classifyUpstreamError(new OpenAI.APIConnectionError({ message: 'fetch failed' }))).toMatchObject({ code: 'offline', reason: 'connect_failed' });
    expect(classifyUpstreamError(new OpenAI.APIConnectionTimeoutError())).toMatchObject({ code: 'timeout', reason: 'no_answer' });
    expect(classifyUpstreamError(Object.assign(new TypeError('terminated'), { cause: { code: 'ECONNRESET' } }))).toMatchObject({ code: 'offline', reason: 'connection_broke' });
    const badKey = OpenAI.APIError.generate(401, { error: { message: 'Incorrect API key provided: sk-abc***xyz.' } }, undefined, new Headers());
    expect(classifyUpstreamError(badKey)).toMatchObject({ code: 'auth', reason: 'provider' });
    const limited = OpenAI.APIError.generate(429, { error: { message: 'Rate limit reached.' } }, undefined, new Headers({ 'retry-after': '1' }));
    expect(toFailure(limited)).toMatchObject({ code: 'rate_limited', details: { status: 429, reason: 'provider' } });
  });
});
