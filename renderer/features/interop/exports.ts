/**
 * The exports of the data-exchange section: the project as a REFI-QDA .qdpx, the codebook
 * as .qdc, CSV or XLSX. Each asks where to save (desktop) or downloads (browser) through the
 * api, and answers with the name written, null when the student cancelled.
 */
import { writeCodebookCsv, writeTaguetteCodebookCsv } from '../../../shared/codebook-io';
import { translate } from '../../../shared/i18n';
import type { ProjectState } from '../../../shared/model/changeset';
import type { Locale } from '../../../shared/model/types';
import { writeQdc } from '../../../shared/refi/write-qdc';
import type { QdpxOffsets } from '../../../shared/refi/write-qdpx';
import type { SaveKind } from '../../../shared/ipc-contract';
import { api } from '../../lib/api';
import { safeFileName } from '../../lib/format';
import { projectFileBytesAsync } from '../../lib/project-file-writer';
import { version } from '../../../package.json';

export interface QdpxChoice {
  /** Leave Pilah's extras out (a file for another program). */
  standardOnly: boolean;
  offsets: QdpxOffsets;
}

/** 'taguette': a CSV in Taguette's columns (tag, parent, description, number of highlights). */
export type CodebookFormat = 'qdc' | 'csv' | 'taguette' | 'xlsx';

const save = (kind: SaveKind, suggestedName: string, bytes: Uint8Array): Promise<string | null> => api.fileSave({ kind, suggestedName, bytes });

/** Saves the project as a .qdpx with or without Pilah's extras, in the chosen offsets. */
export async function exportQdpx(state: ProjectState, choice: QdpxChoice, locale: Locale): Promise<string | null> {
  const bytes = await projectFileBytesAsync(state, { locale, standardOnly: choice.standardOnly, offsets: choice.offsets });
  return save('qdpx', `${safeFileName(state.project.title)}.qdpx`, bytes);
}

/** Saves the codebook alone, as a REFI-QDA .qdc or a spreadsheet. */
export async function exportCodebook(state: ProjectState, format: CodebookFormat, locale: Locale): Promise<string | null> {
  const codes = Object.values(state.codes);
  const bytes =
    format === 'qdc'
      ? writeQdc({ codes }, { appVersion: version })
      : format === 'csv'
        ? writeCodebookCsv(codes, locale)
        : format === 'taguette'
          ? writeTaguetteCodebookCsv(codes, Object.values(state.segments), locale)
          : // exceljs is large: loaded the first time a workbook is written.
            await (await import('../../../shared/codebook-io/xlsx')).writeCodebookXlsx(codes, locale);
  // The file name says what it holds in the student's language ("… - Buku kode.csv").
  const kind = format === 'taguette' ? 'csv' : format;
  const name = `${safeFileName(state.project.title)} - ${translate(locale, 'interop:sheet-name')}${format === 'taguette' ? ' (Taguette)' : ''}.${kind}`;
  return save(kind, name, bytes);
}
