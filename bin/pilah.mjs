#!/usr/bin/env node
// The `pilah` command. `npm install` builds it into build/cli/ (scripts/build-cli.mjs), so it
// starts as plain JavaScript; without that build (a checkout whose install skipped scripts) it
// runs the TypeScript sources through tsx instead, slower to start but the same command.
import { existsSync } from 'node:fs';

const built = new URL('../build/cli/pilah.mjs', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../cli/main.ts');
}
