import type { IconName } from '../components/Icon';

/** The app's screens, in sidebar order; Ctrl/Cmd+1..6 follow this order. Names: i18n shell:screens. */
export const SCREENS = [
  { id: 'chat', icon: 'chat' },
  { id: 'image-analysis', icon: 'scan' },
  { id: 'image-studio', icon: 'sparkles' },
  { id: 'transcription', icon: 'waveform' },
  { id: 'usage', icon: 'chart' },
  { id: 'settings', icon: 'settings' },
] as const satisfies ReadonlyArray<{ id: string; icon: IconName }>;

export type ScreenId = (typeof SCREENS)[number]['id'];
export type Screen = (typeof SCREENS)[number];

export const SETTINGS_SECTIONS = [
  { id: 'providers', label: 'Providers', icon: 'plug' },
  { id: 'defaults', label: 'Default models', icon: 'layers' },
  { id: 'policies', label: 'Policies', icon: 'sliders' },
  { id: 'budgets', label: 'Budgets', icon: 'wallet' },
  { id: 'pricing', label: 'Pricing & currency', icon: 'tag' },
  { id: 'cache', label: 'Cache & logs', icon: 'database' },
  { id: 'studio', label: 'Image studio', icon: 'sparkles' },
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
