import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer: built to build/renderer for Electron's app:// protocol and the e2e tests;
// `npm run web` serves the same UI in a browser (the bridge is then absent and lib/api.ts
// falls back to browser downloads and IndexedDB backups).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../build/renderer', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  server: { port: 5173 },
});
