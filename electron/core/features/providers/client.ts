import OpenAI from 'openai';
import { rememberSecret } from '../../secrets';

export interface ClientOptions {
  baseUrl: string;
  apiKey: string;
  timeoutMs?: number;
}

/**
 * The only place an SDK client is constructed. The SDK's own retries are off: Atelier's pipeline
 * is the one retrier, so every attempt is counted and billed once.
 */
export function createClient({ baseUrl, apiKey, timeoutMs = 60_000 }: ClientOptions): OpenAI {
  // Whatever its shape, the key a request uses is scrubbed from every error and log line after this.
  rememberSecret(apiKey);
  return new OpenAI({ baseURL: baseUrl, apiKey, maxRetries: 0, timeout: timeoutMs, dangerouslyAllowBrowser: false });
}
