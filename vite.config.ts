import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The renderer: built to build/renderer for Electron's app:// protocol and the e2e tests;
// `npm run web` serves the same UI in a browser (the bridge is then absent and lib/api.ts
// falls back to browser downloads and IndexedDB backups).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // PouchDB imports Node's `events`: the npm `events` package (Node's EventEmitter for browsers) stands in.
  resolve: { alias: [{ find: /^events$/, replacement: fileURLToPath(new URL('./node_modules/events/events.js', import.meta.url)) }] },
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
