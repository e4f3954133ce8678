import { ENV_PROVIDER_NAMES, type ProviderView } from '../../../../shared/contract';
import { splitUrlCredentials } from '../../../../shared/url-credentials';

export const ENV_PROVIDER_ID = 'env';
const OPENAI_BASE_URL = 'https://api.openai.com/v1';

export interface EnvProvider {
  view: Omit<ProviderView, 'models' | 'modelsSource' | 'modelsUpdatedAt'>;
  apiKey: string;
}

/**
 * OPENAI_API_KEY / OPENAI_BASE_URL act as a default provider. They are read at start-up and kept
 * in memory only: never written to the database, the vault or a log.
 */
export function readEnvProvider(env: NodeJS.ProcessEnv, simulator: boolean): EnvProvider | null {
  // A key written into OPENAI_BASE_URL is used as the key (when OPENAI_API_KEY is unset) and never shown.
  const fromUrl = splitUrlCredentials(env.OPENAI_BASE_URL?.trim() ?? '');
  const apiKey = env.OPENAI_API_KEY?.trim() || (fromUrl.secret ?? '');
  const baseUrl = (fromUrl.url || OPENAI_BASE_URL).replace(/\/+$/, '');
  if (!apiKey && !env.OPENAI_BASE_URL) return null;
  const isOpenAI = baseUrl === OPENAI_BASE_URL;
  return {
    apiKey,
    view: {
      id: ENV_PROVIDER_ID,
      name: ENV_PROVIDER_NAMES[simulator ? 'simulator' : isOpenAI ? 'openai' : 'compatible'],
      kind: isOpenAI ? 'openai' : 'compatible',
      baseUrl,
      key: { configured: apiKey.length > 0, last4: apiKey ? apiKey.slice(-4) : null, backend: apiKey ? 'environment' : null },
      fromEnvironment: true,
      createdAt: new Date(0).toISOString(),
    },
  };
}
