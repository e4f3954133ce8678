import crypto from 'node:crypto';
import type { ConnectionReport, ProviderKind, ProviderView } from '../../../../shared/contract';
import { AppFailure } from '../../../../shared/errors';
import { splitUrlCredentials } from '../../../../shared/url-credentials';
import type { ProviderRow, ProvidersRepo } from '../../db/repos/providers';
import type { Logger } from '../../log';
import { toFailure } from '../../pipeline/classify';
import type { Vault } from '../../vault/types';
import type OpenAI from 'openai';
import { createClient } from './client';
import { ENV_PROVIDER_ID, type EnvProvider } from './environment';

const CONNECTION_TIMEOUT_MS = 15_000;
const keyRef = (id: string) => `provider:${id}`;
const normaliseUrl = (url: string) => url.trim().replace(/\/+$/, '');

export interface ProviderDraft {
  name: string;
  kind: ProviderKind;
  baseUrl: string;
  apiKey?: string;
  models?: string[];
}

export interface ProviderPatch {
  id: string;
  name?: string;
  baseUrl?: string;
  apiKey?: string | null;
  models?: string[];
}

export function createProvidersService(deps: { repo: ProvidersRepo; vault: Vault; env: EnvProvider | null; log: Logger }) {
  const { repo, vault, env, log } = deps;
  /** The environment provider's model list lives in memory only, like its key. */
  let envModels: { models: string[]; at: string } | null = null;
  /** SDK clients per provider, so a key is read from the vault once, not on every request. */
  const clients = new Map<string, Promise<OpenAI>>();

  const toView = (row: ProviderRow): ProviderView => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    // Never listed with a key in it, even a row saved before addresses with credentials were refused.
    baseUrl: splitUrlCredentials(row.baseUrl).url,
    models: row.models,
    modelsSource: row.modelsSource,
    modelsUpdatedAt: row.modelsUpdatedAt,
    key: { configured: row.keyLast4 !== null, last4: row.keyLast4, backend: (row.keyBackend as ProviderView['key']['backend']) ?? null },
    fromEnvironment: false,
    createdAt: row.createdAt,
  });

  const envView = (): ProviderView | null =>
    env && { ...env.view, models: envModels?.models ?? [], modelsSource: envModels ? 'fetched' : 'none', modelsUpdatedAt: envModels?.at ?? null };

  const mustGet = (id: string): ProviderRow => {
    const row = repo.get(id);
    if (!row) throw new AppFailure('not_found', 'That provider no longer exists.');
    return row;
  };

  const assertUniqueName = (name: string, exceptId?: string) => {
    const clash = repo.findByName(name);
    if (clash && clash.id !== exceptId) throw new AppFailure('conflict', `A provider named "${name}" already exists.`, { field: 'name' });
  };

  /** Connection details for a provider, key included: for core's own use only. */
  async function connection(id: string): Promise<{ baseUrl: string; apiKey: string; name: string }> {
    if (id === ENV_PROVIDER_ID) {
      if (!env) throw new AppFailure('not_found', 'No provider is configured in the environment.');
      return { baseUrl: env.view.baseUrl, apiKey: env.apiKey || 'no-key', name: env.view.name };
    }
    const row = mustGet(id);
    const apiKey = await vault.get(keyRef(id));
    // Local servers (Ollama, LM Studio, vLLM) often need no key; the SDK still wants a string.
    return { baseUrl: row.baseUrl, apiKey: apiKey ?? 'no-key', name: row.name };
  }

  async function fetchModels(id: string): Promise<{ models: string[]; latencyMs: number }> {
    const conn = await connection(id);
    const client = createClient({ ...conn, timeoutMs: CONNECTION_TIMEOUT_MS });
    const started = performance.now();
    try {
      const page = await client.models.list();
      const models = page.data.map((m) => m.id).sort((a, b) => a.localeCompare(b));
      return { models, latencyMs: Math.round(performance.now() - started) };
    } catch (error) {
      const failure = toFailure(error);
      log.warn('providers.connection_failed', { provider: id, code: failure.code });
      throw failure;
    }
  }

  /**
   * Rows saved before addresses with credentials were refused: the key moves to the vault (unless the
   * provider already has one) and the address is stored without it. Run once at start-up.
   */
  async function moveUrlCredentialsToVault(): Promise<number> {
    const cleaned: ProviderRow[] = [];
    for (const row of repo.list()) {
      const { url, secret } = splitUrlCredentials(row.baseUrl);
      if (secret === null) continue;
      const updated = { ...row, baseUrl: url };
      if (row.keyLast4 === null && secret.length > 0) {
        try {
          await vault.put(keyRef(row.id), secret);
        } catch {
          // No vault now: keep the row as it is (it is never listed with the key) and try at the next start.
          log.warn('providers.url_credentials_kept', { provider: row.id });
          continue;
        }
        updated.keyLast4 = secret.slice(-4);
        updated.keyBackend = vault.status.backend;
      }
      cleaned.push(updated);
      clients.delete(row.id);
      log.warn('providers.url_credentials_moved', { provider: row.id, toVault: row.keyLast4 === null });
    }
    if (cleaned.length) repo.updateErasingOld(cleaned);
    return cleaned.length;
  }

  return {
    connection,
    moveUrlCredentialsToVault,
    /** The pipeline's client for a provider (timeouts are set per request). */
    client(id: string): Promise<OpenAI> {
      let client = clients.get(id);
      if (!client) {
        client = connection(id).then((conn) => createClient(conn));
        client.catch(() => clients.delete(id));
        clients.set(id, client);
      }
      return client;
    },
    list(): ProviderView[] {
      const views = repo.list().map(toView);
      const fromEnv = envView();
      return fromEnv ? [fromEnv, ...views] : views;
    },
    get(id: string): ProviderView {
      if (id === ENV_PROVIDER_ID) {
        const v = envView();
        if (!v) throw new AppFailure('not_found', 'No provider is configured in the environment.');
        return v;
      }
      return toView(mustGet(id));
    },
    async create(draft: ProviderDraft): Promise<ProviderView> {
      assertUniqueName(draft.name);
      const id = crypto.randomUUID();
      const row: ProviderRow = {
        id,
        name: draft.name,
        kind: draft.kind,
        baseUrl: normaliseUrl(draft.baseUrl),
        models: draft.models ?? [],
        modelsSource: draft.models?.length ? 'manual' : 'none',
        modelsUpdatedAt: draft.models?.length ? new Date().toISOString() : null,
        keyLast4: draft.apiKey ? draft.apiKey.slice(-4) : null,
        keyBackend: draft.apiKey ? vault.status.backend : null,
        createdAt: new Date().toISOString(),
      };
      if (draft.apiKey) await vault.put(keyRef(id), draft.apiKey);
      repo.insert(row);
      return toView(row);
    },
    async update(patch: ProviderPatch): Promise<ProviderView> {
      if (patch.id === ENV_PROVIDER_ID) throw new AppFailure('invalid_input', 'The environment provider is set by OPENAI_API_KEY and OPENAI_BASE_URL; change those variables instead.');
      const row = { ...mustGet(patch.id) };
      if (patch.name !== undefined) {
        assertUniqueName(patch.name, row.id);
        row.name = patch.name;
      }
      if (patch.baseUrl !== undefined) row.baseUrl = normaliseUrl(patch.baseUrl);
      if (patch.models !== undefined) {
        row.models = [...new Set(patch.models)];
        row.modelsSource = 'manual';
        row.modelsUpdatedAt = new Date().toISOString();
      }
      if (patch.apiKey === null) {
        await vault.remove(keyRef(row.id));
        row.keyLast4 = null;
        row.keyBackend = null;
      } else if (patch.apiKey !== undefined) {
        await vault.put(keyRef(row.id), patch.apiKey);
        row.keyLast4 = patch.apiKey.slice(-4);
        row.keyBackend = vault.status.backend;
      }
      repo.update(row);
      clients.delete(row.id);
      return toView(row);
    },
    async remove(id: string): Promise<void> {
      if (id === ENV_PROVIDER_ID) throw new AppFailure('invalid_input', 'The environment provider cannot be removed here; unset OPENAI_API_KEY and OPENAI_BASE_URL instead.');
      mustGet(id);
      await vault.remove(keyRef(id));
      repo.remove(id);
      clients.delete(id);
    },
    async test(id: string): Promise<ConnectionReport> {
      const { models, latencyMs } = await fetchModels(id);
      return { latencyMs, modelCount: models.length };
    },
    async refreshModels(id: string): Promise<ProviderView> {
      const { models } = await fetchModels(id);
      const at = new Date().toISOString();
      if (id === ENV_PROVIDER_ID) {
        envModels = { models, at };
        return envView()!;
      }
      const row = { ...mustGet(id), models, modelsSource: 'fetched' as const, modelsUpdatedAt: at };
      repo.update(row);
      return toView(row);
    },
  };
}
export type ProvidersService = ReturnType<typeof createProvidersService>;
