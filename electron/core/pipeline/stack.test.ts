import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../../e2e/simulator/server';
import { openDatabase } from '../db/connection';
import { createSettingsRepo } from '../db/repos/settings';
import { silentLogger } from '../log';
import { createPipelineStack } from './stack';

describe('pipeline stack', () => {
  let sim: Awaited<ReturnType<typeof startSimulator>>;
  let dir: string;
  beforeAll(async () => {
    sim = await startSimulator();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-stack-'));
  });
  afterAll(async () => {
    await sim.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('tells listeners a provider answered right after the request returns, not inside it', async () => {
    const db = openDatabase(path.join(dir, 'atelier.db'));
    const client = new OpenAI({ baseURL: sim.baseUrl, apiKey: 'sk-test-000000000000', maxRetries: 0 });
    const stack = createPipelineStack({ db, settingsRepo: createSettingsRepo(db), logDir: path.join(dir, 'logs'), log: silentLogger, client: async () => client });
    const told: string[] = [];
    stack.onReachable((id) => told.push(id));
    const ask = (text: string) =>
      stack.pipeline.run(stack.operations.chat, { scene: 'chat', modality: 'text', providerId: 'sim', model: 'gpt-5-mini', input: { messages: [{ role: 'user', content: text }], maxOutputTokens: 16 } });
    await ask('one');
    expect(told).toEqual([]); // not inside the request: a listener may query its table
    await new Promise((resolve) => setImmediate(resolve));
    expect(told).toEqual(['sim']);
    db.close();
  });

  it('uses the client the provider hands out now: a new one after a change replaces the one it kept', async () => {
    const db = openDatabase(path.join(dir, 'clients.db'));
    const nowhere = Promise.resolve(new OpenAI({ baseURL: 'http://127.0.0.1:9/v1', apiKey: 'sk-test-000000000000', maxRetries: 0 }));
    const simulator = Promise.resolve(new OpenAI({ baseURL: sim.baseUrl, apiKey: 'sk-test-000000000000', maxRetries: 0 }));
    let current = nowhere;
    const stack = createPipelineStack({ db, settingsRepo: createSettingsRepo(db), logDir: path.join(dir, 'logs-2'), log: silentLogger, client: () => current });
    stack.settings.update({ policyOverrides: { text: { retries: 0, fallbackModel: null } } });
    const ask = (text: string) =>
      stack.pipeline.run(stack.operations.chat, { scene: 'chat', modality: 'text', providerId: 'sim', model: 'gpt-5-mini', input: { messages: [{ role: 'user', content: text }], maxOutputTokens: 16 } });
    await expect(ask('first')).rejects.toMatchObject({ code: 'offline' });
    await expect(ask('second')).rejects.toMatchObject({ code: 'offline' }); // the same client, kept
    current = simulator; // e.g. the key or base URL was changed
    expect((await ask('third')).output.text).toContain('third');
    db.close();
  });
});
