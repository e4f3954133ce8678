import { describe, expect, it } from 'vitest';
import { CATALOG, CATALOG_DATE, catalogIdFor, imageInputTokens, lookupModel, type ModelKind } from '../pricing';

const TEXT_PRICES: Record<string, [number, number, number]> = {
  'gpt-5': [1.25, 0.125, 10],
  'gpt-5-mini': [0.25, 0.025, 2],
  'gpt-5-nano': [0.05, 0.005, 0.4],
  'gpt-4.1': [2, 0.5, 8],
  'gpt-4.1-mini': [0.4, 0.1, 1.6],
  'gpt-4.1-nano': [0.1, 0.025, 0.4],
  'gpt-4o': [2.5, 1.25, 10],
  'gpt-4o-mini': [0.15, 0.075, 0.6],
  o1: [15, 7.5, 60],
  o3: [2, 0.5, 8],
  'o4-mini': [1.1, 0.275, 4.4],
};

describe('catalog', () => {
  it('has a dated catalog', () => {
    expect(CATALOG_DATE).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
  it('is frozen, so overrides can never edit it in place', () => {
    expect(Object.isFrozen(CATALOG['gpt-4o']?.prices)).toBe(true);
    expect(Object.isFrozen(CATALOG['gpt-image-1']?.imageOutput?.high)).toBe(true);
  });
  it.each(Object.entries(TEXT_PRICES))('%s text prices', (id, [input, cachedInput, output]) => {
    expect(CATALOG[id]).toMatchObject({ id, kind: 'text', prices: { input, cachedInput, output } });
  });
  it('covers every required model with the right kind', () => {
    const kinds: Record<string, ModelKind> = {
      'gpt-image-1': 'image-generation',
      'gpt-image-1-mini': 'image-generation',
      'whisper-1': 'transcription',
      'gpt-4o-transcribe': 'transcription',
      'gpt-4o-mini-transcribe': 'transcription',
      'gpt-4o-transcribe-diarize': 'transcription',
      'omni-moderation-latest': 'moderation',
      'text-embedding-3-small': 'embedding',
      'text-embedding-3-large': 'embedding',
    };
    for (const [id, kind] of Object.entries(kinds)) expect(CATALOG[id]?.kind, id).toBe(kind);
  });
  it('image models price image input apart from text input', () => {
    expect(CATALOG['gpt-image-1']?.prices).toMatchObject({ input: 5, imageInput: 10, output: 40 });
    expect(CATALOG['gpt-image-1-mini']?.prices).toMatchObject({ input: 2, imageInput: 2.5, output: 8 });
  });
  it('transcription per-minute prices', () => {
    expect(CATALOG['whisper-1']?.prices.perMinute).toBe(0.006);
    expect(CATALOG['gpt-4o-transcribe']?.prices.perMinute).toBe(0.006);
    expect(CATALOG['gpt-4o-mini-transcribe']?.prices.perMinute).toBe(0.003);
    expect(CATALOG['gpt-4o-transcribe-diarize']?.prices.perMinute).toBe(0.006);
  });
  it('moderation is free, embeddings are input-only', () => {
    expect(CATALOG['omni-moderation-latest']?.prices).toMatchObject({ input: 0, output: 0 });
    expect(CATALOG['text-embedding-3-small']?.prices.input).toBe(0.02);
    expect(CATALOG['text-embedding-3-large']?.prices.input).toBe(0.13);
  });
  it('every text model declares its vision formula and limits', () => {
    for (const id of Object.keys(TEXT_PRICES)) {
      expect(CATALOG[id]?.vision, id).toBeDefined();
      expect(CATALOG[id]?.contextWindow, id).toBeGreaterThan(100_000);
      expect(CATALOG[id]?.maxOutputTokens, id).toBeGreaterThan(10_000);
    }
  });
});

describe('lookup', () => {
  it.each([
    ['gpt-4o-2024-08-06', 'gpt-4o'],
    ['gpt-4o-mini-2024-07-18', 'gpt-4o-mini'],
    ['gpt-5-mini-2025-08-07', 'gpt-5-mini'],
    ['gpt-4.1-nano-2025-04-14', 'gpt-4.1-nano'],
    ['o3-2025-04-16', 'o3'],
    ['o4-mini-2025-04-16', 'o4-mini'],
    ['o1-2024-12-17', 'o1'],
    ['gpt-4o-transcribe-diarize', 'gpt-4o-transcribe-diarize'],
    ['gpt-4o-mini-transcribe', 'gpt-4o-mini-transcribe'],
    ['omni-moderation-2024-09-26', 'omni-moderation-latest'],
    ['gpt-5-chat-latest', 'gpt-5'],
    ['GPT-4o', 'gpt-4o'],
    [' openai/gpt-4.1-mini ', 'gpt-4.1-mini'],
  ])('%s → %s', (model, id) => {
    expect(catalogIdFor(model)).toBe(id);
    expect(lookupModel(model)?.info.id).toBe(id);
  });
  it('a mini never borrows its big sibling’s price, nor the reverse', () => {
    expect(lookupModel('gpt-4o-mini-2024-07-18')?.info.prices.input).toBe(0.15);
    expect(lookupModel('gpt-4o-2024-11-20')?.info.prices.input).toBe(2.5);
  });
  it.each(['o1-pro', 'o3-mini', 'gpt-5-pro', 'gpt-4o-mini-tts', 'gpt-4o-search-preview', 'llama-3.1-70b', '', 'gpt-4o-'])(
    '%s is unknown (differently priced variants must not match a prefix)',
    (model) => {
      expect(lookupModel(model)).toBeUndefined();
      expect(catalogIdFor(model)).toBeUndefined();
    },
  );
});

describe('overrides', () => {
  it('merge field by field over the catalog', () => {
    const r = lookupModel('gpt-4o', { 'gpt-4o': { input: 3 } });
    expect(r?.info.prices).toEqual({ input: 3, cachedInput: 1.25, output: 10 });
    expect(r?.overridden).toBe(true);
    expect(lookupModel('gpt-4o')?.overridden).toBe(false);
    expect(CATALOG['gpt-4o']?.prices.input).toBe(2.5);
  });
  it('an override of the base id covers its snapshots; a snapshot’s own override is more specific', () => {
    const overrides = { 'gpt-4o': { input: 3, output: 11 }, 'GPT-4o-2024-05-13': { input: 5 } };
    expect(lookupModel('gpt-4o-2024-08-06', overrides)?.info.prices).toMatchObject({ input: 3, output: 11 });
    expect(lookupModel('gpt-4o-2024-05-13', overrides)?.info.prices).toMatchObject({ input: 5, output: 11, cachedInput: 1.25 });
  });
  it('overrides of the canonical id apply through aliases', () => {
    expect(lookupModel('omni-moderation-2024-09-26', { 'omni-moderation-latest': { input: 0.01 } })?.info.prices.input).toBe(0.01);
  });
  it('make an unknown model known (custom text model)', () => {
    const r = lookupModel('my-local-llm', { 'my-local-llm': { input: 0.1, output: 0.2 } });
    expect(r?.info).toMatchObject({ id: 'my-local-llm', kind: 'text', family: 'custom', prices: { input: 0.1, output: 0.2 } });
    expect(r?.info.vision).toBeUndefined();
  });
  it('basedOn borrows a catalog model’s formulas and prices (e.g. an Azure deployment name)', () => {
    const overrides = { 'prod-vision': { basedOn: 'gpt-4o-2024-08-06', output: 12 } };
    expect(lookupModel('prod-vision', overrides)?.info.prices).toEqual({ input: 2.5, cachedInput: 1.25, output: 12 });
    expect(imageInputTokens('prod-vision', 1024, 1024, 'high', overrides)).toBe(765);
  });
  it('ignores malformed values instead of zeroing a price', () => {
    const r = lookupModel('gpt-5', { 'gpt-5': { input: Number.NaN, output: -1, cachedInput: Infinity } });
    expect(r?.info.prices).toEqual({ input: 1.25, cachedInput: 0.125, output: 10 });
  });
  it('do not leak across models', () => {
    expect(lookupModel('gpt-4o-mini', { 'gpt-4o': { input: 99 } })?.info.prices.input).toBe(0.15);
  });
});
