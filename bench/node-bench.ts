/** Benchmarks of the shared/ code paths in Node: import, project files, coding, displays, exports, agreement. */
import { importTranscript } from '../shared/import';
import { importQdpx, readQdpx, writeQdpx } from '../shared/refi';
import { makeLargeTranscriptDocx } from '../test/fixtures/make-docx';
import { buildAllDisplays } from '../shared/display';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { agreementReport } from '../shared/agreement';
import { buildAppendix, DEFAULT_APPENDIX_PARTS } from '../shared/appendix';
import { buildMatricesWorkbook } from '../shared/spreadsheet';
import { childrenOf } from '../shared/project';
import { applyChangeset } from '../shared/model/changeset';
import mammoth from 'mammoth';
import { figureOf, measure, sideBySide, type Figure, type JobRow } from './measure';
import { applyOneCoding, SECOND_CODER, syntheticProject, syntheticSnapshot, withSecondCoder } from './synthetic';

/** `quick`: only the import beside its floor (the row of the table measured in Node). */
export async function nodeFigures(quick = false): Promise<{ figures: Figure[]; rows: JobRow[] }> {
  const figures: Figure[] = [];
  const rows: JobRow[] = [];
  for (const words of quick ? [100_000] : [10_000, 100_000]) {
    const bytes = await makeLargeTranscriptDocx(words);
    // In turns with its floor, 5 runs of each at least, more while they are short (a few seconds in all).
    const pair = await sideBySide(
      async () => void (await importTranscript({ name: 'bench.docx', bytes })),
      async () => void (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })),
      (_, elapsed) => elapsed,
      { runs: 5, shortRuns: 15, budgetMs: 10_000 },
    );
    const app = figureOf(`import ${words / 1000}k-word .docx`, pair.jobMs, `${(bytes.length / 1024).toFixed(0)} KiB`);
    const floor = figureOf(`  … floor: mammoth.extractRawText on it`, pair.floorMs);
    figures.push(app, floor);
    if (words === 100_000) {
      rows.push({ job: 'import a 100k-word .docx (shared/, in one process)', nowMs: app.medianMs, floorMs: floor.medianMs, floorName: 'mammoth.extractRawText on the same file', goalRatio: 2, runs: app.runs });
    }
  }
  if (quick) return { figures, rows };

  const fifty = syntheticSnapshot(50, 6_000, 10_000);
  const words = fifty.documents.reduce((n, d) => n + d.text.split(/\s+/).length, 0);
  let file: Uint8Array = new Uint8Array();
  figures.push(await measure('save 50-transcript project file', 5, () => (file = writeQdpx(fifty)), `${(words / 1000).toFixed(0)}k words, 10,000 segments`));
  figures.push(await measure('open 50-transcript project file', 5, () => readQdpx(file), `${(file.length / 1048576).toFixed(1)} MiB .qdpx`));

  const big = syntheticProject(30, 3_000, 50_000);
  figures.push(await measure('apply one coding, 50,000 codings (domain + state)', 20, () => applyOneCoding(big)));
  const thesis = syntheticProject(30, 10_000, 10_000);
  const root = childrenOf(thesis, null)[0]!;
  const codes = Object.keys(thesis.codes).length;
  // Displays keep their segment index per version of the segments table: time them after
  // an edit (a new table, index rebuilt) as well as repeated on the same data.
  const edited = () => applyChangeset(thesis, { put: { segments: [Object.values(thesis.segments)[0]!] } });
  figures.push(
    await measure('build every display after an edit, 30 informants × 10,000 segments', 10, () => buildAllDisplays(edited(), root.id), `${codes} codes; 7 displays`),
  );
  figures.push(await measure('build every display again, same data', 10, () => buildAllDisplays(thesis, root.id)));
  let appendixBytes = 0;
  figures.push(
    await measure(
      'export the full Word appendix (300k words of transcripts)',
      3,
      async () => (appendixBytes = (await buildAppendix(thesis, { parts: [...DEFAULT_APPENDIX_PARTS], locale: 'id' })).length),
      'every default part: informants, codebook, reduction, displays, triangulation, conclusions, 10,000 coded segments, transcripts',
    ),
  );
  figures[figures.length - 1]!.note += `; ${(appendixBytes / 1048576).toFixed(1)} MiB .docx`;
  let workbookBytes = 0;
  figures.push(
    await measure('export every matrix as .xlsx', 3, async () => (workbookBytes = (await buildMatricesWorkbook(thesis, { locale: 'id' })).length)),
  );
  figures[figures.length - 1]!.note = `7 sheets; ${(workbookBytes / 1024).toFixed(0)} KiB`;

  const twoCoders = withSecondCoder(thesis);
  figures.push(
    await measure('inter-coder agreement, every method, 2 × 10,000 segments', 5, () => agreementReport(twoCoders, null, SECOND_CODER), `${codes} codes, 30 transcripts`),
  );

  const nvivo = await readFile(resolve('..', 'shared', 'refi-qda', 'samples', 'nvivo-win-12.6_oltas0517.qdpx'));
  figures.push(
    await measure('open the NVivo 12.6 sample (.qdpx, UTF-16 offsets detected)', 3, () => importQdpx(new Uint8Array(nvivo)), '152 codes, 303 codings, 1.2M characters'),
  );
  return { figures, rows };
}
