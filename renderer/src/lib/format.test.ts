import { afterEach, describe, expect, it } from 'vitest';
import { ENV_PROVIDER_NAMES } from '../../../shared/contract';
import { i18n } from '../i18n';
import { providerLabel } from './format';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('provider names', () => {
  it('the provider read from the environment is named in the interface language; a user’s own name is kept as typed', async () => {
    const env = { name: ENV_PROVIDER_NAMES.compatible, fromEnvironment: true };
    const mine = { name: 'Environment provider', fromEnvironment: false };
    expect(providerLabel(env)).toBe('Environment provider');
    await i18n.changeLanguage('zh-CN');
    expect(providerLabel(env)).toBe('环境变量服务商');
    expect(providerLabel({ name: ENV_PROVIDER_NAMES.simulator, fromEnvironment: true })).toBe('模拟服务（演示）');
    expect(providerLabel(mine)).toBe('Environment provider');
  });
});
