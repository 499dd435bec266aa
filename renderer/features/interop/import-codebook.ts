/**
 * "Impor buku kode…": reads a .qdc, .csv or .xlsx codebook the student picked and adds its
 * codes to the open project as ONE undoable step. The plan is made against the project as it is
 * when the step runs, so nothing typed meanwhile is lost; a file with bad rows changes
 * nothing and comes back as one sentence per row.
 */
import {
  CodebookFileError,
  describeCodebookFileError,
  describeRowProblem,
  importCodebookRows,
  readCodebookCsv,
  type CodebookImportResult,
  type CodebookImportSummary,
  type NumberedRow,
} from '../../../shared/codebook-io';
import { translate } from '../../../shared/i18n';
import type { ProjectState } from '../../../shared/model/changeset';
import type { Locale } from '../../../shared/model/types';
import type { PickedFile } from '../../../shared/ipc-contract';
import { describeProjectFileError, describeProjectFileWarning, ProjectFileError } from '../../../shared/refi/errors';
import { mergeCodebook } from '../../../shared/refi/merge-codebook';
import { loadProjectFileReader } from '../../lib/project-file-reader';
import { api } from '../../lib/api';
import { act, useAppStore } from '../../store';

export type CodebookImportOutcome =
  | { kind: 'cancelled' }
  | { kind: 'imported'; file: string; summary: CodebookImportSummary; notes: string[] }
  | { kind: 'refused'; file: string; problems: string[] }
  | { kind: 'failed'; message: string };

/** How a picked file turns into a plan against the project state, and what it could not take. */
interface Planner {
  plan: (state: ProjectState) => CodebookImportResult;
  notes: string[];
}

async function plannerFor(file: PickedFile, locale: Locale): Promise<Planner> {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
  if (extension === 'qdc') {
    const { codes, warnings } = (await loadProjectFileReader()).readQdc(file.bytes);
    return { plan: (state) => qdcPlan(state, codes), notes: warnings.map((w) => describeProjectFileWarning(w, locale)) };
  }
  let rows: NumberedRow[];
  if (extension === 'csv') rows = readCodebookCsv(file.bytes);
  // exceljs is large: loaded the first time a workbook is read.
  else if (extension === 'xlsx') rows = await (await import('../../../shared/codebook-io/xlsx')).readCodebookXlsx(file.bytes);
  else throw new UnsupportedFileError();
  return { plan: (state) => importCodebookRows(state, rows), notes: [] };
}

/** A .qdc merges by GUID, then by name under the same parent (the import side's rule). */
function qdcPlan(state: ProjectState, codes: Parameters<typeof mergeCodebook>[1]): CodebookImportResult {
  const { changeset, added, merged } = mergeCodebook(state, codes);
  // Codes the project already had and the file changed can only have had their definition filled.
  const definitionsFilled = (changeset.put?.codes ?? []).filter((c) => Object.hasOwn(state.codes, c.id)).length;
  return { ok: true, changeset, summary: { added, merged, definitionsFilled } };
}

class UnsupportedFileError extends Error {}

/** Asks for a codebook file and imports it; the outcome says what to show. */
export async function importCodebookFile(locale: Locale): Promise<CodebookImportOutcome> {
  const file = await api.fileOpen({ kind: 'codebook' });
  if (!file) return { kind: 'cancelled' };
  return importPickedCodebook(file, locale);
}

/** Imports a codebook file already read (picked or dropped). */
export async function importPickedCodebook(file: PickedFile, locale: Locale): Promise<CodebookImportOutcome> {
  let planner: Planner;
  try {
    planner = await plannerFor(file, locale);
  } catch (err) {
    if (err instanceof CodebookFileError) return { kind: 'failed', message: describeCodebookFileError(locale, err, file.name) };
    if (err instanceof ProjectFileError) return { kind: 'failed', message: describeProjectFileError(err, locale, file.name) };
    if (err instanceof UnsupportedFileError) return { kind: 'failed', message: translate(locale, 'interop:import-unsupported', { file: file.name }) };
    return { kind: 'failed', message: translate(locale, 'interop:import-failed', { file: file.name }) };
  }
  let result: CodebookImportResult | undefined;
  await act('importCodebook', (state) => {
    result = planner.plan(state);
    return result.ok ? result.changeset : {};
  });
  if (!result) return { kind: 'failed', message: translate(locale, 'interop:import-failed', { file: file.name }) };
  if (!result.ok) return { kind: 'refused', file: file.name, problems: result.problems.map((p) => describeRowProblem(locale, p)) };
  // A failed write is reported in the app's error banner; then nothing was imported.
  const codes = useAppStore.getState().current?.codes ?? {};
  const written = (result.changeset.put?.codes ?? []).every((code) => codes[code.id]?.label.id === code.label.id);
  if (!written) return { kind: 'cancelled' };
  return { kind: 'imported', file: file.name, summary: result.summary, notes: planner.notes };
}
