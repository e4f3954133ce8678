import { create } from 'zustand';
import { isScreenId, isSettingsSection, type ScreenId, type SettingsSectionId } from '../../lib/screens';

/** The tiny router: the location hash (#/settings/providers) is the source of truth, so reloads keep the place. */
export interface Route {
  screen: ScreenId;
  section: SettingsSectionId;
}

const DEFAULT_ROUTE: Route = { screen: 'chat', section: 'providers' };

export function parseHash(hash: string, fallback: Route = DEFAULT_ROUTE): Route {
  const [screen = '', section = ''] = hash.replace(/^#\/?/, '').split('/');
  return {
    screen: isScreenId(screen) ? screen : DEFAULT_ROUTE.screen,
    section: isSettingsSection(section) ? section : fallback.section,
  };
}

const toHash = (r: Route) => (r.screen === 'settings' ? `#/settings/${r.section}` : `#/${r.screen}`);

interface NavigationState {
  route: Route;
  navigate(screen: ScreenId, section?: SettingsSectionId): void;
}

export const useNavigation = create<NavigationState>()((set, get) => ({
  route: parseHash(window.location.hash),
  navigate(screen, section) {
    const route: Route = { screen, section: section ?? get().route.section };
    set({ route });
    if (window.location.hash !== toHash(route)) window.location.hash = toHash(route);
  },
}));

/** Follows back/forward and hand-edited hashes. */
export function watchNavigation(): () => void {
  const onChange = () => useNavigation.setState((s) => ({ route: parseHash(window.location.hash, s.route) }));
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}
