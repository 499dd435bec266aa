#!/usr/bin/env node
// Builds the `pilah` command into build/cli/ (ES modules, one chunk per command), so it starts
// without transpiling TypeScript: `npm install` runs this ("prepare"), and `npm test` runs it
// before the CLI tests so they test the code as it is. Dependencies stay in node_modules and
// each command loads only its own. Usage: node scripts/build-cli.mjs
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await build({
  absWorkingDir: root,
  entryPoints: { pilah: 'cli/main.ts' },
  outdir: path.join(root, 'build/cli'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
});
