import { Toaster } from '../../components/Toaster';
import { useApp } from '../../stores/shell/app';
import { Onboarding } from '../onboarding/Onboarding';
import { DemoBanner } from './DemoBanner';
import { ReconnectBanner } from './ReconnectBanner';
import { ScreenOutlet } from './ScreenOutlet';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Sidebar } from './Sidebar';
import { useGlobalShortcuts } from './useGlobalShortcuts';

export function App() {
  useGlobalShortcuts();
  const ready = useApp((s) => s.ready);
  return (
    <div className="app" data-app-state={ready ? 'ready' : 'loading'}>
      <div className="app__banners">
        <ReconnectBanner />
        <DemoBanner />
      </div>
      <div className="app__body">
        <Sidebar />
        <ScreenOutlet />
      </div>
      <ShortcutsDialog />
      <Onboarding />
      <Toaster />
    </div>
  );
}
