/**
 * `npm run bench [-- --quick]`: prints the figures the issues ask for, then the table —
 * each job beside its floor measured in the same run, with the ratio and the goal. Node
 * figures measure shared/; process figures run the built `pilah` command; browser figures
 * drive the built renderer in Debian's Chromium with real IndexedDB. `--quick` measures only
 * the table's rows, with fewer runs (a few minutes on a busy 2-core machine).
 */
import { cpus, loadavg } from 'node:os';
import { cliFigures } from './cli-bench';
import { nodeFigures } from './node-bench';
import { browserFigures } from './browser-bench';
import { cliAppendixFigures, cliImportFigures } from './process-bench';
import { cliChapterFigures } from './chapter-bench';
import { syncFigures } from './sync-bench';
import { printFigures, printTable, type Figure, type JobRow } from './measure';

const quick = process.argv.includes('--quick');
// Figures on a busy 2-core machine can be several times slower: say how busy it was.
const load = () => loadavg()[0]!.toFixed(1);
const startLoad = load();
console.log(`machine: ${cpus().length} cores, load average ${startLoad} at start${quick ? ' (--quick)' : ''}`);
const rows: JobRow[] = [];

const start = cliFigures(quick ? 7 : 15);
printFigures('Command line start (built CLI; run npm install or npm run build:cli first)', start);
rows.push({ job: 'any CLI command\'s start (pilah --version)', nowMs: start[1]!.medianMs, floorMs: start[0]!.medianMs, floorName: 'node -e 0', goalRatio: 4, runs: start[1]!.runs });

const cliImport = await cliImportFigures(quick ? 3 : 5);
// A whole export is a few seconds of noisy wall time: even --quick takes the median of three
// runs in turns with the floor (one run each decided the row by the machine's load).
const EXPORT_RUNS = 3;
const cliAppendix = await cliAppendixFigures(quick ? [30] : [10, 30, 60], EXPORT_RUNS);
const processFigures: Figure[] = [
  { name: 'pilah import big.docx --out p.qdpx (100k words)', medianMs: cliImport.app.ms, runs: quick ? 3 : 5, note: `peak ${cliImport.app.maxRssMiB.toFixed(0)} MiB` },
  { name: '  … floor: node + mammoth.extractRawText', medianMs: cliImport.floor.ms, runs: quick ? 3 : 5, note: `peak ${cliImport.floor.maxRssMiB.toFixed(0)} MiB` },
];
rows.push({ job: 'CLI import of a 100k-word .docx', nowMs: cliImport.app.ms, floorMs: cliImport.floor.ms, floorName: 'a node process running mammoth.extractRawText on it', goalRatio: 2, runs: quick ? 3 : 5 });
for (const size of cliAppendix) {
  const words = `${size.words / 1000}k words, ${size.segments.toLocaleString('en')} segments`;
  const memory = size.app.maxRssMiB / size.floor.maxRssMiB;
  processFigures.push(
    { name: `pilah export --docx, ${words}`, medianMs: size.app.ms, runs: EXPORT_RUNS, note: `peak ${size.app.maxRssMiB.toFixed(0)} MiB; document.xml ${size.appXmlMiB.toFixed(1)} MiB` },
    {
      name: '  … floor: node + docx packing the same paragraphs, runs, tables',
      medianMs: size.floor.ms,
      runs: EXPORT_RUNS,
      note: `peak ${size.floor.maxRssMiB.toFixed(0)} MiB (app ${memory.toFixed(2)}× the floor, goal ≤ 2×); document.xml ${size.floorXmlMiB.toFixed(1)} MiB`,
    },
  );
  rows.push({
    job: `CLI Word appendix, ${words}`,
    nowMs: size.app.ms,
    floorMs: size.floor.ms,
    floorName: 'a node process packing the same paragraphs, runs and tables with the same docx version',
    goalRatio: 2,
    runs: EXPORT_RUNS,
    note: `peak memory ${size.app.maxRssMiB.toFixed(0)} MiB vs ${size.floor.maxRssMiB.toFixed(0)} MiB = ${memory.toFixed(2)}× (goal ≤ 2×)`,
  });
}
// The Bab IV draft of the largest project the appendix rows measure, figures drawn as PNG.
const chapter = await cliChapterFigures(quick ? 30 : 60, EXPORT_RUNS);
{
  const words = `${chapter.words / 1000}k words, ${chapter.segments.toLocaleString('en')} segments`;
  const memory = chapter.app.maxRssMiB / chapter.floor.maxRssMiB;
  processFigures.push(
    { name: `pilah export --chapter, ${words}`, medianMs: chapter.app.ms, runs: EXPORT_RUNS, note: `peak ${chapter.app.maxRssMiB.toFixed(0)} MiB; ${chapter.paragraphs} paragraphs, ${chapter.pictures} figures` },
    {
      name: '  … floor: node + reading the .qdpx, resvg drawing the same figures, docx packing the same paragraphs',
      medianMs: chapter.floor.ms,
      runs: EXPORT_RUNS,
      note: `peak ${chapter.floor.maxRssMiB.toFixed(0)} MiB (app ${memory.toFixed(2)}× the floor, goal ≤ 2×)`,
    },
  );
  rows.push({
    job: `CLI Bab IV draft, ${words}`,
    nowMs: chapter.app.ms,
    floorMs: chapter.floor.ms,
    floorName: 'a node process reading the project file, drawing the same figures with resvg and packing the same paragraphs with the same docx version',
    goalRatio: 2,
    runs: EXPORT_RUNS,
    note: `peak memory ${chapter.app.maxRssMiB.toFixed(0)} MiB vs ${chapter.floor.maxRssMiB.toFixed(0)} MiB = ${memory.toFixed(2)}× (goal ≤ 2×)`,
  });
}
// Pushes and pulls in turns with their floors, after a warm-up; a short one gets more runs.
const sync = await syncFigures(quick ? 1 : 3);
const project = `${sync.segments.toLocaleString('en')} segments, ${sync.docs.toLocaleString('en')} documents, ${sync.jsonMiB.toFixed(1)} MiB JSON`;
processFigures.push(
  { name: `pilah sync push p.qdpx --to <fresh db> (first sync, ${project})`, medianMs: sync.push.app.ms, runs: sync.push.runs, note: `peak ${sync.push.app.maxRssMiB.toFixed(0)} MiB` },
  { name: '  … floor: node + one bare _bulk_docs of the same documents', medianMs: sync.push.floor.ms, runs: sync.push.runs, note: `peak ${sync.push.floor.maxRssMiB.toFixed(0)} MiB` },
  { name: 'pilah sync pull <db> --out p.qdpx (the same project back)', medianMs: sync.pull.app.ms, runs: sync.pull.runs, note: `peak ${sync.pull.app.maxRssMiB.toFixed(0)} MiB` },
  { name: '  … floor: node + one _all_docs?include_docs&attachments, the same .qdpx entries deflated and written', medianMs: sync.pull.floor.ms, runs: sync.pull.runs, note: `peak ${sync.pull.floor.maxRssMiB.toFixed(0)} MiB` },
);
rows.push(
  {
    job: 'first sync of a 10,000-segment project (pilah sync push)',
    nowMs: sync.push.app.ms,
    floorMs: sync.push.floor.ms,
    floorName: 'a node process POSTing the same documents in one _bulk_docs to a database set up alike (pouchdb-server, rules in place)',
    goalRatio: 2,
    runs: sync.push.runs,
    note: `peak memory ${sync.push.app.maxRssMiB.toFixed(0)} MiB vs ${sync.push.floor.maxRssMiB.toFixed(0)} MiB`,
  },
  {
    job: 'pull of the same project (pilah sync pull)',
    nowMs: sync.pull.app.ms,
    floorMs: sync.pull.floor.ms,
    floorName: 'a node process reading every document and attachment with one _all_docs, then deflating and writing the entries of the same .qdpx (building its XML is left to the app)',
    goalRatio: 2,
    runs: sync.pull.runs,
    note: `peak memory ${sync.pull.app.maxRssMiB.toFixed(0)} MiB vs ${sync.pull.floor.maxRssMiB.toFixed(0)} MiB`,
  },
);
printFigures('Command line jobs (whole processes; peak memory = maxRSS)', processFigures);

const node = await nodeFigures(quick);
printFigures('Node (shared/)', node.figures);
rows.push(...node.rows);

const started = performance.now();
const browser = await browserFigures((line) => console.log(`  · ${line}`), quick);
printFigures('Chromium (built renderer, real IndexedDB)', browser.figures);
rows.push(...browser.rows);
console.log(`\n  browser part: ${((performance.now() - started) / 1000).toFixed(0)} s`);

printTable(rows);
console.log(`\nload average ${startLoad} at start, ${load()} at the end: on a busy machine the ratios, measured side by side, say more than the absolute figures`);
