/**
 * pilah agreement <a.qdpx> <b.qdpx> [--json] [--threshold 90] [--lang id|en]
 * pilah agreement <project.qdpx> [--coders A,B] [--json] [--threshold 90]
 *
 * Compares two coders: the owners of two project files (B's file is placed on A's
 * transcripts by text and on A's codes by id, then name), or two coders inside one project
 * (names, ids, or "owner"/"pemilik"). Nothing is written.
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
      options: { json: { type: 'boolean' }, threshold: { type: 'string' }, coders: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
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
  if (files.length === 2 && parsed.values.coders !== undefined) throw new UsageError(translate(locale, 'agreement:cli.codersWithTwoFiles'));

  const { state, a, b } = files.length === 2 ? await twoFiles(files[0]!, files[1]!, locale) : await oneFile(files[0]!, parsed.values.coders, locale);
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

/** A's file with B's codings imported as a second coder: A's owner against that coder. */
async function twoFiles(fileA: string, fileB: string, locale: Locale): Promise<{ state: ProjectState; a: CoderId; b: CoderId }> {
  const state = stateFromSnapshot(await readProjectFile(fileA, locale));
  const other = await readProjectFile(fileB, locale);
  const name = other.project.researcher.trim() || basename(fileB);
  try {
    let coderId = '';
    const next = commitAll(state, [
      action('importSecondCoder', (s) => {
        const imported = importSecondCoder(s, other, { name });
        coderId = imported.coderId;
        return imported.changeset;
      }),
    ]);
    return { state: next, a: null, b: coderId };
  } catch (err) {
    throw describedAgreementError(err, locale);
  }
}

/** Two coders of one project: as named by --coders, or the only two who coded. */
async function oneFile(file: string, coders: string | undefined, locale: Locale): Promise<{ state: ProjectState; a: CoderId; b: CoderId }> {
  const state = stateFromSnapshot(await readProjectFile(file, locale));
  if (coders === undefined) {
    const coded = coderChoices(state, locale).filter((c) => c.segments > 0);
    if (coded.length !== 2) {
      throw new UsageError(translate(locale, 'agreement:cli.needCoders', { list: coderChoices(state, locale).map((c) => c.name).join(', ') }));
    }
    return { state, a: coded[0]!.id, b: coded[1]!.id };
  }
  const names = coders.split(',');
  if (names.length !== 2) throw new UsageError(translate(locale, 'agreement:cli.needCoders', { list: coderChoices(state, locale).map((c) => c.name).join(', ') }));
  const [a, b] = names.map((name) => {
    const found = findCoder(state, name);
    if (!found) throw new UsageError(translate(locale, 'agreement:cli.unknownCoder', { name: name.trim(), list: coderChoices(state, locale).map((c) => c.name).join(', ') }));
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
