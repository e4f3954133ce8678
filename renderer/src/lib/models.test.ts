import { describe, expect, it } from 'vitest';
import { byProvider, fitsPicker, modelCapabilities } from './models';

describe('model capabilities', () => {
  it('tags chat, vision, audio and image models', () => {
    expect(modelCapabilities('gpt-4o')).toEqual(['chat', 'vision']);
    expect(modelCapabilities('gpt-5-mini-2025-08-07')).toEqual(['chat', 'vision']);
    expect(modelCapabilities('gpt-3.5-turbo')).toEqual(['chat']);
    expect(modelCapabilities('whisper-1')).toEqual(['audio']);
    expect(modelCapabilities('gpt-4o-transcribe')).toEqual(['audio']);
    expect(modelCapabilities('gpt-image-1')).toEqual(['image']);
    expect(modelCapabilities('omni-moderation-latest')).toEqual([]);
  });

  it('lists only models with the capability, grouped by provider, leaving out providers without any', () => {
    const providers = [
      { id: 'a', name: 'OpenAI', models: ['whisper-1', 'gpt-5-mini', 'gpt-image-1', 'omni-moderation-latest', 'gpt-4o'] },
      { id: 'b', name: 'Gateway', models: ['whisper-1'] },
    ];
    const chat = byProvider(providers, 'chat', (m) => m);
    expect(chat).toEqual([{ providerId: 'a', providerName: 'OpenAI', options: ['gpt-4o', 'gpt-5-mini'] }]);
    expect(byProvider(providers, 'audio', (m) => m).map((g) => g.providerName)).toEqual(['OpenAI', 'Gateway']);
  });
});

describe('fitsPicker', () => {
  it('offers each picker only the models that can do its work', () => {
    const all = ['gpt-5-mini', 'gpt-4.1-mini', 'gpt-3.5-turbo', 'whisper-1', 'gpt-4o-transcribe', 'gpt-realtime', 'gpt-image-2', 'dall-e-3', 'omni-moderation-latest'];
    expect(all.filter((m) => fitsPicker(m, 'text'))).toEqual(['gpt-5-mini', 'gpt-4.1-mini', 'gpt-3.5-turbo']);
    // Image analysis: only models the catalog says read images.
    expect(all.filter((m) => fitsPicker(m, 'image-understanding'))).toEqual(['gpt-5-mini', 'gpt-4.1-mini']);
    expect(all.filter((m) => fitsPicker(m, 'audio-offline'))).toEqual(['whisper-1', 'gpt-4o-transcribe']);
    expect(all.filter((m) => fitsPicker(m, 'image-generation'))).toEqual(['gpt-image-2', 'dall-e-3']);
  });
});
