import type { ProviderKind } from '../../../shared/contract';

export interface ProviderPreset {
  id: string;
  label: string;
  kind: ProviderKind;
  baseUrl: string;
  /** Whether the endpoint normally wants an API key. */
  needsKey: boolean;
}

/** Well-known endpoints offered when adding a provider; "custom" leaves the URL to the user. */
export const PRESETS: ProviderPreset[] = [
  { id: 'openai', label: 'OpenAI', kind: 'openai', baseUrl: 'https://api.openai.com/v1', needsKey: true },
  { id: 'openrouter', label: 'OpenRouter', kind: 'compatible', baseUrl: 'https://openrouter.ai/api/v1', needsKey: true },
  { id: 'ollama', label: 'Ollama', kind: 'compatible', baseUrl: 'http://localhost:11434/v1', needsKey: false },
  { id: 'lmstudio', label: 'LM Studio', kind: 'compatible', baseUrl: 'http://localhost:1234/v1', needsKey: false },
  { id: 'vllm', label: 'vLLM', kind: 'compatible', baseUrl: 'http://localhost:8000/v1', needsKey: false },
  { id: 'custom', label: 'Custom endpoint', kind: 'compatible', baseUrl: '', needsKey: false },
];

export const COMPATIBLE_PRESETS = PRESETS.filter((p) => p.kind === 'compatible');

export function presetById(id: string): ProviderPreset {
  return PRESETS.find((p) => p.id === id) ?? PRESETS[PRESETS.length - 1]!;
}

export const KIND_LABELS: Record<ProviderKind, string> = {
  openai: 'OpenAI',
  compatible: 'OpenAI-compatible',
};
