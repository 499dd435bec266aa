/**
 * `npm run bench`: prints the figures the issues ask for. Node figures measure shared/;
 * browser figures drive the built renderer in Debian's Chromium with real IndexedDB.
 */
import { nodeFigures } from './node-bench';
import { printFigures } from './measure';

printFigures('Node (shared/)', await nodeFigures());
