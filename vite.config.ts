import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer: built to build/renderer for Electron's app:// protocol and the e2e tests;
// `npm run web` serves the same UI in a browser (the bridge is then absent and lib/api.ts
// falls back to browser downloads and IndexedDB backups).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  resolve: {
    // PouchDB (team sync, loaded on demand) imports Node's `events`; the browser gets a shim.
    alias: { events: fileURLToPath(new URL('./renderer/features/sync/events.ts', import.meta.url)) },
  },
  build: {
    outDir: '../build/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      output: {
        // Screens opened later (export, agreement, display…) and the Word/Excel libraries load on
        // demand; everything the first screen needs goes in one chunk beside the entry rather than
        // in dozens of small shared chunks, each its own request.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  server: { port: 5173 },
});
