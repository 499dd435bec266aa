#!/usr/bin/env node
// The `pilah` command: runs the TypeScript CLI directly through tsx, so `npx pilah …`
// works right after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
