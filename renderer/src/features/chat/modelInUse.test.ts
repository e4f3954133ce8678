import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { inUseLabel } from './modelInUse';

describe('model pickers name the model in use', () => {
  const t = i18n.getFixedT('en', 'chat');
  it('says which model a conversation without its own choice uses', () => {
    expect(inUseLabel(t, 'gpt-5-mini', 'scene')).toBe('gpt-5-mini (scene or default)');
    expect(inUseLabel(t, 'gpt-4o', 'conversation')).toBe('gpt-4o (this conversation’s)');
  });
  it('falls back to words only until the model is known', () => {
    expect(inUseLabel(t, null, 'scene')).toBe('Scene or default model');
  });
});
