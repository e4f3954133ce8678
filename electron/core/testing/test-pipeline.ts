import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import OpenAI from 'openai';
import type { Simulator } from '../../../e2e/simulator/server';
import type { PipelineConfig } from '../../../shared/contract';
import { openDatabase, type Db } from '../db/connection';
import { flushLedger, fromRow, type LedgerEntry } from '../db/repos/ledger';
import { createSettingsRepo } from '../db/repos/settings';
import { silentLogger } from '../log';
import { createPipelineStack } from '../pipeline/stack';

export const TEST_KEY = 'sk-test-pipeline-0123456789';

/** The real pipeline stack over a temp database, talking to the simulator through the real SDK. */
export function createTestPipeline(sim: Simulator, config: Partial<Omit<PipelineConfig, 'policies'>> = {}, opts: { sent?: Record<string, unknown>[] } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-pipeline-'));
  const db: Db = openDatabase(path.join(dir, 'atelier.db'));
  // opts.sent collects every JSON body the SDK sends, for tests that check what goes over the wire.
  const spy: typeof fetch = async (url, init) => {
    if (opts.sent && typeof init?.body === 'string') opts.sent.push(JSON.parse(init.body) as Record<string, unknown>);
    return fetch(url, init);
  };
  const client = new OpenAI({ baseURL: sim.baseUrl, apiKey: TEST_KEY, maxRetries: 0, fetch: spy });
  const stack = createPipelineStack({ db, settingsRepo: createSettingsRepo(db), logDir: path.join(dir, 'logs'), log: silentLogger, client: async () => client });
  stack.settings.update(config);
  return {
    ...stack,
    dir,
    db,
    chat: stack.operations.chat,
    rows: (requestId?: string): LedgerEntry[] =>
      (flushLedger(db), db.prepare(`SELECT * FROM ledger ${requestId ? 'WHERE request_id = ?' : ''} ORDER BY id`).all(...(requestId ? [requestId] : [])) as Record<string, unknown>[]).map(fromRow),
    dispose() {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const ask = (text: string, extra: Record<string, unknown> = {}) => ({ messages: [{ role: 'user' as const, content: text }], ...extra });
