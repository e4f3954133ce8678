import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { MOD_LABEL } from '../../lib/platform';
import { SCREENS, type Screen } from '../../lib/screens';
import { useApp } from '../../stores/shell/app';
import { useNavigation } from '../../stores/shell/navigation';
import { LogoMark } from './LogoMark';
import { ProviderStatus } from './ProviderStatus';

function NavItem({ screen, index, active }: { screen: Screen; index: number; active: boolean }) {
  const { t } = useTranslation('shell');
  const href = screen.id === 'settings' ? '#/settings' : `#/${screen.id}`;
  return (
    <li>
      <a className="nav-item" href={href} aria-current={active ? 'page' : undefined}>
        <Icon name={screen.icon} size={17} />
        <span className="nav-item__label">{t(`screens.${screen.id}.title`)}</span>
        <span className="nav-item__hint" aria-hidden="true">
          {MOD_LABEL === '⌘' ? `⌘${index + 1}` : `Ctrl ${index + 1}`}
        </span>
      </a>
    </li>
  );
}

export function Sidebar() {
  const { t } = useTranslation('shell');
  const current = useNavigation((s) => s.route.screen);
  const version = useApp((s) => s.info?.version);
  const main = SCREENS.filter((s) => s.id !== 'settings');
  const settingsIndex = SCREENS.findIndex((s) => s.id === 'settings');
  const settings = SCREENS[settingsIndex]!;
  return (
    <aside className="sidebar">
      <div className="sidebar__brand">
        <LogoMark />
        <div>
          <p className="sidebar__name">Atelier</p>
          <p className="sidebar__version">{version ? t('sidebar.version', { version }) : '\u00a0'}</p>
        </div>
      </div>
      <nav className="sidebar__nav" aria-label={t('sidebar.navLabel')}>
        <ul className="nav-list">
          {main.map((s, i) => (
            <NavItem key={s.id} screen={s} index={i} active={current === s.id} />
          ))}
        </ul>
        <ul className="nav-list nav-list--bottom">
          <NavItem screen={settings} index={settingsIndex} active={current === 'settings'} />
        </ul>
      </nav>
      <ProviderStatus />
    </aside>
  );
}
