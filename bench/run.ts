/**
 * `npm run bench`: prints the figures the issues ask for. Node figures measure shared/;
 * browser figures drive the built renderer in Debian's Chromium with real IndexedDB.
 */
import { nodeFigures } from './node-bench';
import { browserFigures } from './browser-bench';
import { printFigures } from './measure';

printFigures('Node (shared/)', await nodeFigures());

const started = performance.now();
printFigures('Chromium (built renderer, real IndexedDB)', await browserFigures((line) => console.log(`  · ${line}`)));
console.log(`\n  browser part: ${((performance.now() - started) / 1000).toFixed(0)} s`);
