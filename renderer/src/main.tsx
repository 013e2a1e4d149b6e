import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dropzone/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startDataLayer } from './data/startDataLayer';
import { startTeamSync } from './data/sync';
import { platform } from './platform';

startDataLayer();
// Team mode only when this workstation has a server (Paramètres › Équipe); alone, nothing runs.
void startTeamSync(platform);

const root = document.getElementById('root');
if (!root) throw new Error('Élément #root introuvable');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
