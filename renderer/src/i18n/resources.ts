/**
 * Every namespace in every language. English is the source; each feature adds its own file pair
 * (locales/en/<ns>.ts and locales/zh-CN/<ns>.ts) and one line in each map below.
 */
import type { Resource } from 'i18next';
import enChat from './locales/en/chat';
import enCommon from './locales/en/common';
import enNotices from './locales/en/notices';
import enErrors from './locales/en/errors';
import enSettings from './locales/en/settings';
import enShell from './locales/en/shell';
import enStudio from './locales/en/studio';
import enVision from './locales/en/vision';
import enLive from './locales/en/live';
import enTranscription from './locales/en/transcription';
import enUsage from './locales/en/usage';
import enOnboarding from './locales/en/onboarding';
import enCore from './locales/en/core';
import enToasts from './locales/en/toasts';
import zhChat from './locales/zh-CN/chat';
import zhCommon from './locales/zh-CN/common';
import zhNotices from './locales/zh-CN/notices';
import zhErrors from './locales/zh-CN/errors';
import zhSettings from './locales/zh-CN/settings';
import zhShell from './locales/zh-CN/shell';
import zhStudio from './locales/zh-CN/studio';
import zhVision from './locales/zh-CN/vision';
import zhLive from './locales/zh-CN/live';
import zhTranscription from './locales/zh-CN/transcription';
import zhUsage from './locales/zh-CN/usage';
import zhOnboarding from './locales/zh-CN/onboarding';
import zhCore from './locales/zh-CN/core';
import zhToasts from './locales/zh-CN/toasts';

export const en = {
  common: enCommon,
  errors: enErrors,
  shell: enShell,
  settings: enSettings,
  chat: enChat,
  vision: enVision,
  studio: enStudio,
  notices: enNotices,
  live: enLive,
  transcription: enTranscription,
  usage: enUsage,
  onboarding: enOnboarding,
  core: enCore,
  toasts: enToasts,
};

export const zhCN: Record<keyof typeof en, object> = {
  common: zhCommon,
  errors: zhErrors,
  shell: zhShell,
  settings: zhSettings,
  chat: zhChat,
  vision: zhVision,
  studio: zhStudio,
  notices: zhNotices,
  live: zhLive,
  transcription: zhTranscription,
  usage: zhUsage,
  onboarding: zhOnboarding,
  core: zhCore,
  toasts: zhToasts,
};

export const resources = { en, 'zh-CN': zhCN } satisfies Resource;
export const NAMESPACES = Object.keys(en) as (keyof typeof en)[];
