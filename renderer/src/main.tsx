import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import { App } from './features/shell/App';
import { bootstrap } from './stores/shell/bootstrap';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/surfaces.css';
import './styles/overlays.css';
import './styles/shell.css';
import './styles/settings.css';
import './styles/onboarding.css';

void bootstrap();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
