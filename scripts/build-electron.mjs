#!/usr/bin/env node
// Bundles Electron main and preload into one CommonJS file each:
//   electron/main/index.ts    → <outdir>/main.cjs     (package.json "main")
//   electron/preload/index.ts → <outdir>/preload.cjs  (sandboxed: only require('electron') works there)
// `electron` stays external; everything else (zod, shared/) is inlined, so the packaged app
// needs no node_modules. Usage: node scripts/build-electron.mjs [--outdir build/electron]
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outFlag = process.argv.indexOf('--outdir');
const outdir = path.resolve(outFlag > -1 && process.argv[outFlag + 1] ? process.argv[outFlag + 1] : path.join(root, 'build/electron'));

const common = {
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  // Electron 45 ships Node 22 in main and Chromium 14x in the preload.
  target: 'node22',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
};

await Promise.all([
  build({ ...common, platform: 'node', entryPoints: ['electron/main/index.ts'], outfile: path.join(outdir, 'main.cjs') }),
  build({
    ...common,
    // A sandboxed preload has no Node built-ins; building for the browser makes any import of one fail here, not at run time.
    platform: 'browser',
    entryPoints: ['electron/preload/index.ts'],
    outfile: path.join(outdir, 'preload.cjs'),
  }),
]);
console.log(`Electron main and preload built into ${path.relative(process.cwd(), outdir) || '.'}`);
