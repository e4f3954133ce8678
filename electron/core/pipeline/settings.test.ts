import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICIES } from '../../../shared/policy';
import { openDatabase } from '../db/connection';
import { createSettingsRepo } from '../db/repos/settings';
import { createPipelineSettings } from './settings';

describe('pipeline settings', () => {
  it('give a scene its policy over the modality default, a request its own over both, and follow every change', () => {
    const db = openDatabase(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-settings-')), 'atelier.db'));
    const settings = createPipelineSettings(createSettingsRepo(db));
    expect(settings.policyFor('text', 'support')).toEqual(DEFAULT_POLICIES.text);
    settings.update({ scenes: { support: { policy: { retries: 7 } } } });
    expect(settings.policyFor('text', 'support').retries).toBe(7);
    expect(settings.policyFor('text', 'other').retries).toBe(DEFAULT_POLICIES.text.retries);
    expect(settings.policyFor('text', 'support', { retries: 1, timeoutMs: undefined })).toEqual({ ...DEFAULT_POLICIES.text, retries: 1 });
    expect(settings.policyFor('text', 'support').retries).toBe(7); // a request's override is its own
    settings.update({ policyOverrides: { text: { timeoutMs: 5000 } } });
    expect(settings.policyFor('text', 'support')).toMatchObject({ retries: 7, timeoutMs: 5000 });
    settings.update({ scenes: {} });
    expect(settings.policyFor('text', 'support')).toMatchObject({ retries: DEFAULT_POLICIES.text.retries, timeoutMs: 5000 });
    db.close();
  });
});
