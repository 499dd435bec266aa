/**
 * pilah agreement <a.qdpx> <b.qdpx> [--coder-a A] [--coder-b B] [--json] [--threshold 90] [--lang id|en]
 * pilah agreement <project.qdpx> [--coders A,B] [--json] [--threshold 90]
 *
 * Compares two coders: one of each of two project files (B's file is placed on A's
 * transcripts by text and on A's codes by id, then name), or two coders inside one project
 * (names, ids, or "owner"/"pemilik"). In a file, the coder is the one named, else the one
 * whose codings it holds (its owner, or the only user who coded: other tools name the
 * project's creator as owner and each coding's own user). Nothing is written.
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { translate } from '../../shared/i18n';
import type { ProjectState } from '../../shared/model/changeset';
import { action, commitAll } from '../../shared/actions';
import { stateFromSnapshot } from '../../shared/model/changeset';
import type { Locale } from '../../shared/model/types';
import {
  agreementReport,
  AgreementError,
  coderChoices,
  coderName,
  codingCoder,
  findCoder,
  formatCoefficient,
  formatPercent,
  importSecondCoder,
  type AgreementReport,
  type CoderId,
  type MeanFigures,
} from '../../shared/agreement';
import { cliLocale, CliError, UsageError } from '../errors';
import { readProjectFile } from '../files';

interface CodeFigures {
  code: string;
  percentAgreement: number;
  kappa: number;
}

/** The `--json` output: character level at the top, segment level under "segment". */
export interface AgreementJson {
  method: 'character';
  codes: CodeFigures[];
  overall: { percentAgreement: number | null; kappa: number | null };
  segment: {
    method: 'segment';
    threshold: number;
    codes: CodeFigures[];
    overall: { percentAgreement: number | null; kappa: number | null };
  };
}

export async function runAgreement(args: string[]): Promise<void> {
  const locale = cliLocale(args);
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        threshold: { type: 'string' },
        coders: { type: 'string' },
        'coder-a': { type: 'string' },
        'coder-b': { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError(translate(locale, 'cli:badOptions', { detail: err instanceof Error ? err.message : String(err) }));
  }
  if (parsed.values.help) {
    process.stdout.write(translate(locale, 'agreement:cli.usage') + '\n');
    return;
  }
  const files = parsed.positionals;
  if (files.length < 1 || files.length > 2) throw new UsageError(translate(locale, 'agreement:cli.usage'));
  const threshold = parseThreshold(parsed.values.threshold, locale);
  const named = namedCoders(parsed.values, locale);

  const { state, a, b } = files.length === 2 ? await twoFiles(files[0]!, files[1]!, named, locale) : await oneFile(files[0]!, named, locale);
  let report: AgreementReport;
  try {
    report = agreementReport(state, a, b, { threshold, locale });
  } catch (err) {
    throw describedAgreementError(err, locale);
  }
  if (parsed.values.json) process.stdout.write(JSON.stringify(agreementJson(report), null, 2) + '\n');
  else process.stdout.write(readableReport(report, locale) + '\n');
}

function parseThreshold(value: string | undefined, locale: Locale): number {
  if (value === undefined) return 90;
  const t = Number(value.replace(',', '.'));
  if (!value.trim() || !Number.isFinite(t) || t < 1 || t > 100) throw new UsageError(translate(locale, 'agreement:error.bad-threshold'));
  return t;
}

function describedAgreementError(err: unknown, locale: Locale): unknown {
  return err instanceof AgreementError ? new CliError(translate(locale, err.messageKey)) : err;
}

/** The coders the user named: `--coder-a`/`--coder-b`, or `--coders A,B` (a side may be left empty with two files). */
interface NamedCoders {
  a?: string;
  b?: string;
  /** Whether any option named a coder. */
  any: boolean;
}

function namedCoders(values: { coders?: string; 'coder-a'?: string; 'coder-b'?: string }, locale: Locale): NamedCoders {
  const fromList = values.coders?.split(',').map((name) => name.trim());
  if (fromList && fromList.length !== 2) throw new UsageError(translate(locale, 'agreement:cli.codersForm'));
  const a = (values['coder-a'] ?? fromList?.[0])?.trim() || undefined;
  const b = (values['coder-b'] ?? fromList?.[1])?.trim() || undefined;
  return { a, b, any: values.coders !== undefined || values['coder-a'] !== undefined || values['coder-b'] !== undefined };
}

/** The names of a project's coders, each with the number of segments they coded. */
const codersWithCounts = (state: ProjectState, locale: Locale): string =>
  coderChoices(state, locale)
    .map((c) => `${c.name} (${c.segments})`)
    .join(', ');

/**
 * The coder of one file to compare: the one named, else the one whose codings the file holds.
 * @throws UsageError naming the file's coders when the name fits none, or when several coded.
 */
function fileCoder(state: ProjectState, file: string, typed: string | undefined, option: string, locale: Locale): CoderId {
  if (typed !== undefined) {
    const found = findCoder(state, typed);
    if (!found) throw new UsageError(translate(locale, 'agreement:cli.unknownCoderIn', { name: typed, file: basename(file), list: codersWithCounts(state, locale) }));
    return found.id;
  }
  const coder = codingCoder(state);
  if (!coder) throw new UsageError(translate(locale, 'agreement:cli.pickCoder', { file: basename(file), option, list: codersWithCounts(state, locale) }));
  return coder.id;
}

/** A's file with B's codings imported as a second coder: A's coder against that coder. */
async function twoFiles(fileA: string, fileB: string, named: NamedCoders, locale: Locale): Promise<{ state: ProjectState; a: CoderId; b: CoderId }> {
  const state = stateFromSnapshot(await readProjectFile(fileA, locale));
  const other = await readProjectFile(fileB, locale);
  const otherState = stateFromSnapshot(other);
  const a = fileCoder(state, fileA, named.a, '--coder-a', locale);
  const from = fileCoder(otherState, fileB, named.b, '--coder-b', locale);
  const name = (from === null ? other.project.researcher.trim() : coderName(otherState, from, locale)) || basename(fileB);
  try {
    let coderId = '';
    const next = commitAll(state, [
      action('importSecondCoder', (s) => {
        const imported = importSecondCoder(s, other, { name }, undefined, { fromCoderId: from });
        coderId = imported.coderId;
        return imported.changeset;
      }),
    ]);
    return { state: next, a, b: coderId };
  } catch (err) {
    throw describedAgreementError(err, locale);
  }
}

/** Two coders of one project: as named by --coders (or --coder-a and --coder-b), or the only two who coded. */
async function oneFile(file: string, named: NamedCoders, locale: Locale): Promise<{ state: ProjectState; a: CoderId; b: CoderId }> {
  const state = stateFromSnapshot(await readProjectFile(file, locale));
  if (!named.any) {
    const coded = coderChoices(state, locale).filter((c) => c.segments > 0);
    if (coded.length !== 2) {
      throw new UsageError(translate(locale, 'agreement:cli.needCoders', { list: coderChoices(state, locale).map((c) => c.name).join(', ') }));
    }
    return { state, a: coded[0]!.id, b: coded[1]!.id };
  }
  const [a, b] = [named.a, named.b].map((name) => {
    if (name === undefined) throw new UsageError(translate(locale, 'agreement:cli.needCoders', { list: coderChoices(state, locale).map((c) => c.name).join(', ') }));
    const found = findCoder(state, name);
    if (!found) throw new UsageError(translate(locale, 'agreement:cli.unknownCoder', { name, list: coderChoices(state, locale).map((c) => c.name).join(', ') }));
    return found.id;
  }) as [CoderId, CoderId];
  return { state, a, b };
}

const overallOf = (m: MeanFigures) => ({ percentAgreement: m.percentAgreement, kappa: m.kappa });

export function agreementJson(report: AgreementReport): AgreementJson {
  const name = (codeId: string) => report.codes.find((c) => c.id === codeId)!.name;
  return {
    method: 'character',
    codes: report.character.codes.map((row) => ({ code: name(row.codeId), percentAgreement: row.figures.percentAgreement, kappa: row.figures.kappa })),
    overall: overallOf(report.character.overall),
    segment: {
      method: 'segment',
      threshold: report.segment.threshold,
      codes: report.segment.codes.map((row) => ({ code: name(row.codeId), percentAgreement: row.figures.percentAgreement, kappa: row.figures.kappa })),
      overall: overallOf(report.segment.overall),
    },
  };
}

/** A plain-text table per method, with the formulas under it. */
function readableReport(report: AgreementReport, locale: Locale): string {
  const t = (key: string, values?: Record<string, string | number>) => translate(locale, `agreement:${key}`, values);
  const names = report.codes.map((c) => c.path);
  const out: string[] = [
    t('cli.header', { a: report.coderA.name, b: report.coderB.name }),
    t('cli.documents', { count: report.documents.length, list: report.documents.map((d) => d.title).join(', ') }),
  ];
  if (report.skippedDocuments.length) out.push(t('skipped', { list: report.skippedDocuments.map((d) => d.title).join(', ') }));

  out.push('', t('methodCharacter'));
  out.push(
    ...table(
      [t('colCode'), t('colBoth'), t('colCharsA'), t('colCharsB'), t('colPercent'), t('colKappa')],
      report.character.codes.map((row, i) => [
        names[i]!,
        String(row.counts.both),
        String(row.counts.both + row.counts.onlyA),
        String(row.counts.both + row.counts.onlyB),
        formatPercent(locale, row.figures.percentAgreement),
        formatCoefficient(locale, row.figures.kappa),
      ]),
      [t('overall', { count: report.character.overall.codes }), '', '', '', formatPercent(locale, report.character.overall.percentAgreement), formatCoefficient(locale, report.character.overall.kappa)],
    ),
  );
  out.push(...report.formulas.character.map((line) => `  ${line}`));

  out.push('', `${t('methodSegment')} (t = ${report.segment.threshold}%, k = ${report.segment.k})`);
  out.push(
    ...table(
      [t('colCode'), t('colSegmentsA'), t('colSegmentsB'), t('colMatched'), t('colOnlyA'), t('colOnlyB'), t('colPercent'), t('colKappaN')],
      report.segment.codes.map((row, i) => [
        names[i]!,
        String(row.counts.segmentsA),
        String(row.counts.segmentsB),
        String(row.counts.a),
        String(row.counts.b),
        String(row.counts.c),
        formatPercent(locale, row.figures.percentAgreement),
        formatCoefficient(locale, row.figures.kappa),
      ]),
      [t('overall', { count: report.segment.overall.codes }), '', '', '', '', '', formatPercent(locale, report.segment.overall.percentAgreement), formatCoefficient(locale, report.segment.overall.kappa)],
    ),
  );
  out.push(...report.formulas.segment.map((line) => `  ${line}`));

  out.push('', t('methodAlpha'));
  out.push(
    ...table(
      [t('colCode'), t('colUnits'), t('colPercent'), t('colAlpha')],
      report.alpha.codes.map((row, i) => [names[i]!, String(row.counts.units), formatPercent(locale, row.figures.percentAgreement), formatCoefficient(locale, row.figures.kappa)]),
      [t('overall', { count: report.alpha.overall.codes }), '', formatPercent(locale, report.alpha.overall.percentAgreement), formatCoefficient(locale, report.alpha.overall.kappa)],
    ),
  );
  out.push(...report.formulas.alpha.map((line) => `  ${line}`));
  out.push('', t('bandsNote'));
  return out.join('\n');
}

/** Columns padded to their widest cell; numbers right-aligned, the first column left. */
function table(header: string[], rows: string[][], footer: string[]): string[] {
  const all = [header, ...rows, footer];
  const widths = header.map((_, col) => Math.max(...all.map((row) => [...row[col]!].length)));
  const line = (row: string[]) =>
    row
      .map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line), rule, line(footer)];
}
