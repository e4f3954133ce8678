import type { IconName } from '../components/Icon';

/** The app's screens, in sidebar order; Ctrl/Cmd+1..6 follow this order. */
export const SCREENS = [
  { id: 'chat', title: 'Chat', icon: 'chat', description: 'Talk with a model, keep conversations and reuse good prompts.' },
  { id: 'image-analysis', title: 'Image analysis', icon: 'scan', description: 'Ask questions about screenshots, charts and photos.' },
  { id: 'image-studio', title: 'Image studio', icon: 'sparkles', description: 'Generate and edit images, then approve them before they are used.' },
  { id: 'transcription', title: 'Transcription', icon: 'waveform', description: 'Queue meeting recordings and get searchable transcripts.' },
  { id: 'usage', title: 'Usage', icon: 'chart', description: 'See what each model call cost and where the budget stands.' },
  { id: 'settings', title: 'Settings', icon: 'settings', description: 'Providers, default models, policies, budgets, pricing, key storage, appearance and data.' },
] as const satisfies ReadonlyArray<{ id: string; title: string; icon: IconName; description: string }>;

export type ScreenId = (typeof SCREENS)[number]['id'];
export type Screen = (typeof SCREENS)[number];

export const SETTINGS_SECTIONS = [
  { id: 'providers', label: 'Providers', icon: 'plug' },
  { id: 'defaults', label: 'Default models', icon: 'layers' },
  { id: 'policies', label: 'Policies', icon: 'sliders' },
  { id: 'budgets', label: 'Budgets', icon: 'wallet' },
  { id: 'pricing', label: 'Pricing & currency', icon: 'tag' },
  { id: 'cache', label: 'Cache & logs', icon: 'database' },
  { id: 'keys', label: 'Key storage', icon: 'key' },
  { id: 'appearance', label: 'Appearance', icon: 'palette' },
  { id: 'data', label: 'Data', icon: 'folder' },
  { id: 'shortcuts', label: 'Keyboard shortcuts', icon: 'keyboard' },
] as const satisfies ReadonlyArray<{ id: string; label: string; icon: IconName }>;

export type SettingsSectionId = (typeof SETTINGS_SECTIONS)[number]['id'];

export function isScreenId(value: string): value is ScreenId {
  return SCREENS.some((s) => s.id === value);
}

export function isSettingsSection(value: string): value is SettingsSectionId {
  return SETTINGS_SECTIONS.some((s) => s.id === value);
}

export function screenById(id: ScreenId): Screen {
  return SCREENS.find((s) => s.id === id) ?? SCREENS[0];
}
