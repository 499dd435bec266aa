/**
 * `npm run bench`: prints the figures the issues ask for. Node figures measure shared/;
 * browser figures drive the built renderer in Debian's Chromium with real IndexedDB.
 */
import { cpus, loadavg } from 'node:os';
import { cliFigures } from './cli-bench';
import { nodeFigures } from './node-bench';
import { browserFigures } from './browser-bench';
import { printFigures } from './measure';

// Figures on a busy 2-core machine can be several times slower: say how busy it was.
const load = () => loadavg()[0]!.toFixed(1);
console.log(`machine: ${cpus().length} cores, load average ${load()} at start`);

printFigures('Command line start (built CLI; run npm install or npm run build:cli first)', cliFigures());

printFigures('Node (shared/)', await nodeFigures());

const started = performance.now();
printFigures('Chromium (built renderer, real IndexedDB)', await browserFigures((line) => console.log(`  · ${line}`)));
console.log(`\n  browser part: ${((performance.now() - started) / 1000).toFixed(0)} s; load average ${load()} at the end`);
