import '@mantine/core/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { setupI18n } from './i18n';

// Ask the browser not to evict the projects under storage pressure (Electron grants it).
void navigator.storage?.persist?.().catch(() => false);
await setupI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
