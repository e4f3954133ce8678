import { afterEach, describe, expect, it } from 'vitest';
import OpenAI from 'openai';
import { classifyUpstreamError } from './pipeline/classify';
import { redact } from './log';
import { forgetSecrets, rememberSecret, scrubSecrets } from './secrets';

afterEach(() => forgetSecrets());

describe('scrubbing keys of any shape', () => {
  it('removes a remembered key whole, in part, or masked, whatever its shape', () => {
    const keys = ['gsk_Q2xvdWRzQXJlV2hpdGUxMjM0NTY3ODk', 'plain secret phrase 42!', 'AbC9dEf8GhI7jKl6', 'x'.repeat(12) + 'Z1"\\q'];
    keys.forEach(rememberSecret);
    for (const key of keys) {
      const text = `Incorrect API key provided: ${key}. Try again.`;
      expect(scrubSecrets(text)).not.toContain(key);
      expect(scrubSecrets(text)).toContain('Incorrect API key provided');
    }
    expect(scrubSecrets('key: gsk_Q2xvd***Nzg5 was refused')).not.toContain('gsk_Q2xvd');
    expect(scrubSecrets('partial dXJlV2hpdGUxMjM0 echoed')).not.toContain('dXJlV2hpdGUxMjM0');
    expect(redact(JSON.stringify({ note: `with ${keys[3]} inside` }))).not.toContain('Z1\\"\\\\q');
  });

  it('recognises common key shapes it was never told about, and leaves ordinary prose alone', () => {
    for (const leak of ['gsk_abcdefgh123456', 'xai-abcdefghij12', 'sk-ant-api03-abcdef', 'Bearer some.opaque-token_value', 'AIzaSyA1234567890abcdefghij', 'https://user:hunter22@api.example.com/v1']) {
      expect(scrubSecrets(`echo ${leak} end`)).not.toContain(leak.replace(/^Bearer /, '').replace(/^https:\/\/user:/, ''));
    }
    const prose = 'The model gpt-4o-mini is not available in your region; see https://example.com/docs/models for risk-free options.';
    rememberSecret('gsk_Q2xvdWRzQXJlV2hpdGUxMjM0NTY3ODk');
    expect(scrubSecrets(prose)).toBe(prose);
  });

  it('keeps upstream error messages free of the key the request used', () => {
    const key = 'gsk_LiveKeyThatIsNotOpenAIShaped123';
    rememberSecret(key);
    const error = OpenAI.APIError.generate(401, { error: { message: `Invalid API Key: ${key}`, code: 'invalid_api_key' } }, undefined, new Headers());
    const classified = classifyUpstreamError(error);
    expect(classified.code).toBe('auth');
    expect(classified.message).not.toContain(key);
    expect(classifyUpstreamError(new Error(`socket to https://host failed with ${key}`)).message).not.toContain(key);
  });
});
