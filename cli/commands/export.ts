/**
 * pilah export <project.qdpx> [--docx <out.docx>] [--xlsx <out.xlsx>] [--qdpx <out.qdpx> [--standard]]
 *              [--qdc <out.qdc>] [--codebook-csv <out.csv> [--taguette]] [--guide <out.docx>] [--chapter <bab4.docx>] [--figures <dir>] [--parts a,b,…]
 *              [--format <profile.json>|umum|klasik|berurutan] [--citation interview|line] [--lang id|en]
 *
 * Writes the thesis appendix, the matrices workbook, a REFI-QDA project file or codebook from
 * any project file — Pilah's own or another tool's, whose Cases become the informants. The
 * defaults are the export dialog's: every part in the method's order, the format profile saved
 * in the project (else the general one); `--format` names a profile file or a built-in profile.
 * Everything is built in memory first; the files are written only when all of it succeeded,
 * so a failure leaves no output behind.
 */
import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  APPENDIX_PARTS,
  buildAppendix,
  builtInProfile,
  DEFAULT_APPENDIX_PARTS,
  describeFormatProfileError,
  FormatProfileError,
  isAppendixPart,
  isBuiltInProfileId,
  readFormatProfile,
  type AppendixFormat,
  type AppendixPart,
  type CitationStyle,
} from '../../shared/appendix';
import { translate } from '../../shared/i18n';
import { stateFromSnapshot, type ProjectState } from '../../shared/model/changeset';
import type { Locale, ProjectSnapshot } from '../../shared/model/types';
import { describeProjectFileWarning, importQdpx, writeQdpx } from '../../shared/refi';
import { CliError, cliLocale, ProjectFileReadError, UsageError } from '../errors';
import { readBounded, refuseLossyWrite, writeAll, type Output } from '../files';
import { nodeInflate } from '../inflate';
// Each other target's libraries (exceljs for the workbook, resvg for the figures, the chapter
// and guide builders) load only when that target is asked for: loading exceljs alone took
// a quarter of a second of every `--docx` export.

const TARGETS = [
  { option: 'docx', ext: '.docx' },
  { option: 'xlsx', ext: '.xlsx' },
  { option: 'qdpx', ext: '.qdpx' },
  { option: 'qdc', ext: '.qdc' },
  { option: 'codebook-csv', ext: '.csv' },
  { option: 'guide', ext: '.docx' },
  { option: 'chapter', ext: '.docx' },
] as const;
type Target = (typeof TARGETS)[number]['option'];
const KINDS = ['interview', 'observation', 'documentation'] as const;

export async function runExport(args: string[]): Promise<void> {
  const locale = cliLocale(args);
  const { values, positionals } = parseCli(args, locale);
  const [project, ...extra] = positionals;
  if (!project || extra.length > 0) throw new UsageError(translate(locale, 'cli:needOneProject'));
  const targets = new Map<Target, string>();
  for (const { option, ext } of TARGETS) {
    const path = values[option];
    if (path === undefined) continue;
    if (extname(path).toLowerCase() !== ext) throw new UsageError(translate(locale, 'cli:outMustEnd', { file: path, option: `--${option}`, ext }));
    // Losing the project is the worst that could happen: it is never an output.
    if (resolve(path) === resolve(project)) throw new UsageError(translate(locale, 'cli:outIsProject', { file: path }));
    targets.set(option, path);
  }
  const figuresDir = values.figures;
  if (targets.size === 0 && figuresDir === undefined) throw new UsageError(translate(locale, 'cli:needExportTarget'));
  if (values.standard && !targets.has('qdpx')) throw new UsageError(translate(locale, 'cli:standardNeedsQdpx'));
  if (values.taguette && !targets.has('codebook-csv')) throw new UsageError(translate(locale, 'cli:taguetteNeedsCsv'));
  const parts = chosenParts(values.parts, locale);
  const citation = citationStyle(values.citation, locale);
  // A profile that cannot be used stops the command before anything is read or written.
  const profile = values.format === undefined ? undefined : await formatProfile(values.format, locale);
  for (const path of targets.values()) await requireFolder(path, locale);
  if (figuresDir !== undefined) await requireFolder(figuresDir, locale);

  const snapshot = await openProject(project, locale, targets.has('qdpx'));
  const state = stateFromSnapshot(snapshot);
  const format: Partial<AppendixFormat> = {
    ...(profile ?? snapshot.project.settings.formatProfile?.settings),
    ...(citation ? { citationStyle: citation } : {}),
  };
  const outputs: Output[] = [];
  const docx = targets.get('docx');
  if (docx) outputs.push({ path: docx, bytes: await buildAppendix(state, { parts, locale, format }) });
  const xlsx = targets.get('xlsx');
  if (xlsx) {
    const { buildMatricesWorkbook } = await import('../../shared/spreadsheet');
    outputs.push({ path: xlsx, bytes: await buildMatricesWorkbook(state, { locale, format }) });
  }
  const qdpx = targets.get('qdpx');
  if (qdpx) outputs.push({ path: qdpx, bytes: writeQdpx(snapshot, { standardOnly: values.standard ?? false, locale }) });
  const qdc = targets.get('qdc');
  if (qdc) outputs.push({ path: qdc, bytes: await codebookFile(snapshot, locale) });
  const csv = targets.get('codebook-csv');
  if (csv) {
    // Taguette's columns (tag, parent, description, number of highlights), or Pilah's own.
    const { writeCodebookCsv, writeTaguetteCodebookCsv } = await import('../../shared/codebook-io');
    const bytes = values.taguette ? writeTaguetteCodebookCsv(snapshot.codes, snapshot.segments, locale) : writeCodebookCsv(snapshot.codes, locale);
    outputs.push({ path: csv, bytes });
  }
  const guide = targets.get('guide');
  if (guide) outputs.push({ path: guide, bytes: await guideFile(state, locale, format) });
  const chapter = targets.get('chapter');
  if (chapter) outputs.push({ path: chapter, bytes: await chapterFile(state, locale, format) });
  if (figuresDir !== undefined) {
    outputs.push(...(await figureFiles(state, locale, figuresDir)));
    await mkdir(figuresDir, { recursive: true });
  }

  await writeAll(outputs, locale);
  process.stdout.write(outputs.map((o) => translate(locale, 'cli:written', { file: o.path })).join('\n') + '\n');
}

function parseCli(args: string[], locale: Locale) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        docx: { type: 'string' },
        xlsx: { type: 'string' },
        qdpx: { type: 'string' },
        qdc: { type: 'string' },
        'codebook-csv': { type: 'string' },
        guide: { type: 'string' },
        chapter: { type: 'string' },
        figures: { type: 'string' },
        taguette: { type: 'boolean' },
        standard: { type: 'boolean' },
        parts: { type: 'string' },
        citation: { type: 'string' },
        format: { type: 'string' },
        lang: { type: 'string' },
      },
    });
  } catch (err) {
    throw new UsageError(translate(locale, 'cli:badOptions', { detail: err instanceof Error ? err.message : String(err) }));
  }
}

function citationStyle(value: string | undefined, locale: Locale): CitationStyle | undefined {
  if (value === undefined || value === 'interview' || value === 'line') return value;
  throw new UsageError(translate(locale, 'cli:badCitation', { style: value }));
}

/** The settings of `--format`: a built-in profile's name, or a profile file, refused in one sentence when unusable. */
async function formatProfile(value: string, locale: Locale): Promise<AppendixFormat> {
  if (isBuiltInProfileId(value)) return builtInProfile(value, locale).settings;
  const bytes = await readBounded(value, locale);
  try {
    return readFormatProfile(new TextDecoder().decode(bytes)).settings;
  } catch (err) {
    if (err instanceof FormatProfileError) throw new CliError(describeFormatProfileError(err.problem, locale, basename(value)));
    throw err;
  }
}

/** The parts named in `--parts a,b,…` in that order, or every part; unknown names are listed back. */
export function chosenParts(list: string | undefined, locale: Locale): AppendixPart[] {
  if (list === undefined) return [...DEFAULT_APPENDIX_PARTS];
  const names = list.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !isAppendixPart(name));
  if (unknown.length > 0) {
    throw new UsageError(translate(locale, 'cli:unknownParts', { unknown: unknown.join(', '), known: APPENDIX_PARTS.join(', ') }));
  }
  if (names.length === 0) throw new UsageError(translate(locale, 'cli:emptyParts', { known: APPENDIX_PARTS.join(', ') }));
  return names.filter(isAppendixPart);
}

/**
 * Any valid REFI-QDA project; what Pilah could not take from another tool's file is listed on
 * stderr. With `toProjectFile`, a project that would be copied with less than it holds is refused.
 */
async function openProject(path: string, locale: Locale, toProjectFile: boolean): Promise<ProjectSnapshot> {
  const bytes = await readBounded(path, locale);
  let result;
  try {
    result = await importQdpx(bytes, { locale, inflate: nodeInflate });
  } catch (err) {
    throw new ProjectFileReadError(basename(path), err);
  }
  if (toProjectFile) refuseLossyWrite(result, path, 'convert', locale);
  if (result.warnings.length > 0) {
    const lines = [translate(locale, 'refi:cli-left-out'), ...result.warnings.map((w) => `- ${describeProjectFileWarning(w, locale)}`)];
    process.stderr.write(lines.join('\n') + '\n');
  }
  return result.snapshot;
}

/** The research instruments for the proposal; a project without any is refused, nothing written. */
async function guideFile(state: ProjectState, locale: Locale, format: Partial<AppendixFormat>): Promise<Uint8Array> {
  const { buildGuideDocx, hasGuideItems } = await import('../../shared/instruments/docx');
  if (!KINDS.some((kind) => hasGuideItems(state, kind))) throw new CliError(translate(locale, 'cli:noGuide'));
  // The same format profile as the appendix: the campus's margins, fonts and spacing.
  return buildGuideDocx(state, { locale, format });
}

/** The Bab IV draft from the student's stored analysis; a project without codes is refused, nothing written. */
async function chapterFile(state: ProjectState, locale: Locale, format: Partial<AppendixFormat>): Promise<Uint8Array> {
  if (Object.keys(state.codes).length === 0) throw new CliError(translate(locale, 'cli:noChapter'));
  const [{ buildChapterDocx }, { figurePng }] = await Promise.all([import('../../shared/chapter'), import('../figures')]);
  return buildChapterDocx(state, { locale, format, figurePng });
}

/** Each figure of the Bab IV draft as `<name>.svg` and `<name>.png` in `dir`; a project with nothing to draw is refused. */
async function figureFiles(state: ProjectState, locale: Locale, dir: string): Promise<Output[]> {
  const [{ chapterFigures, chapterSentence }, { svgToPng }] = await Promise.all([import('../../shared/chapter'), import('../figures')]);
  const figures = chapterFigures(state, locale, chapterSentence(locale, state.project.settings.chapterTemplates));
  if (figures.length === 0) throw new CliError(translate(locale, 'cli:noFigures'));
  const pngs = await Promise.all(figures.map((figure) => svgToPng(figure.svg)));
  return figures.flatMap((figure, i) => [
    { path: join(dir, `${figure.name}.svg`), bytes: new TextEncoder().encode(figure.svg) },
    { path: join(dir, `${figure.name}.png`), bytes: pngs[i]! },
  ]);
}

async function codebookFile(snapshot: ProjectSnapshot, locale: Locale): Promise<Uint8Array> {
  const { EmptyCodebookError, writeQdc } = await import('../../shared/refi/write-qdc');
  try {
    return writeQdc(snapshot);
  } catch (err) {
    if (err instanceof EmptyCodebookError) throw new CliError(translate(locale, err.messageKey));
    throw err;
  }
}

/** The folder a file is to be written into must exist (the error names the folder, not a temporary file). */
export async function requireFolder(path: string, locale: Locale): Promise<void> {
  const folder = dirname(resolve(path));
  const info = await stat(folder).catch(() => null);
  if (!info?.isDirectory()) throw new CliError(translate(locale, 'cli:noFolder', { folder: dirname(path) }));
}
