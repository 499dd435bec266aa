/**
 * `node bin/run-ts.mjs bench/browser-run.ts [--quick]`: only the browser part of `npm run bench`
 * (the app in Chromium beside its floor pages), for work on the renderer without waiting for
 * the command-line and Node rows. Prints the same figures and the browser rows of the table.
 */
import { cpus, loadavg } from 'node:os';
import { browserFigures } from './browser-bench';
import { printFigures, printTable } from './measure';

const quick = process.argv.includes('--quick');
const load = () => loadavg()[0]!.toFixed(1);
const startLoad = load();
console.log(`machine: ${cpus().length} cores, load average ${startLoad} at start${quick ? ' (--quick)' : ''}; browser part only`);
const browser = await browserFigures((line) => console.log(`  · ${line}`), quick);
printFigures('Chromium (built renderer, real IndexedDB)', browser.figures);
printTable(browser.rows);
console.log(`\nload average ${startLoad} at start, ${load()} at the end`);
