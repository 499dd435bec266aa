/**
 * Triangulation by technique (Sugiyono's triangulasi teknik): per indicator, what the
 * interviews, the observation notes and the documents say — each coded segment with its
 * reduced statement (or its words) and where it comes from — and the student's verdict.
 */
import { translate } from '../i18n';
import type { ProjectState } from '../model/changeset';
import type { Document, Locale, Segment } from '../model/types';
import { codeLabel } from '../project/code-tree';
import { lineStartsOf } from '../project/line-cache';
import { lineOfOffset } from '../text/lines';
import { codeByColumn } from './code-by-column';
import { frameworkRows, leafRows } from './code-rows';
import type { ColumnLayout } from './columns';
import { displayIndex } from './display-index';
import { displayLabel } from './labels';
import { dimensionOf } from './triangulation';
import type {
  Technique,
  TechniqueCell,
  TechniqueColumn,
  TechniqueRow,
  TechniqueStatement,
  TechniqueTable,
  TriangulationVerdict,
  TriangulationVerdicts,
} from './types';

/** The techniques in the order theses name them: wawancara, observasi, dokumentasi. */
export const TECHNIQUES: readonly Technique[] = ['interview', 'observation', 'document'];

/** The stable key of a technique's column. */
export const techniqueKey = (technique: Technique): string => `technique:${technique}`;

export interface TechniqueOptions {
  rootCodeId: string;
  locale?: Locale;
  /** The student's verdicts and notes by indicator; the technique ones are read. */
  verdicts?: TriangulationVerdicts;
}

/** The techniques the project has at least one document of, in order. */
export function projectTechniques(state: ProjectState): Technique[] {
  const kinds = new Set(displayIndex(state).documents.map((document) => document.kind));
  return TECHNIQUES.filter((technique) => kinds.has(technique));
}

/**
 * Rows = the framework's indicators (codes without sub-codes, depth-first) with their
 * dimension. Columns = the techniques the project has documents of, in the order wawancara,
 * observasi, dokumentasi, whoever the documents are attached to; `missing` names the others.
 * Each cell lists every segment on the indicator from that technique, in reading order, with
 * its reduced statement (or its words) and its citation; `count` is how many.
 *
 * The suggestion is `spesifik` when exactly one technique has data on the indicator, otherwise
 * null; a row's `verdict` is the student's alone (the stored technique verdict).
 */
export function techniqueTable(state: ProjectState, opts: TechniqueOptions): TechniqueTable {
  const locale = opts.locale ?? 'id';
  const index = displayIndex(state);
  const indicators = leafRows(state, frameworkRows(state, opts.rootCodeId, locale));
  const techniques = projectTechniques(state);

  const layout: ColumnLayout<TechniqueColumn> = {
    columns: techniques.map((technique) => ({
      key: techniqueKey(technique),
      label: displayLabel(`technique_${technique}`, locale),
      informantIds: [],
      technique,
    })),
    columnOfDocument: new Map(),
    dropWhenEmpty: new Set(),
  };
  const position = new Map(techniques.map((technique, i) => [technique, i]));
  for (const document of index.documents) layout.columnOfDocument.set(document.id, position.get(document.kind)!);

  const { columns, cells } = codeByColumn(state, index, indicators, layout, {
    finish: (cell, segments): TechniqueCell => ({ ...cell, statements: segments.map((segment, i) => statementOf(state, segment, cell.quotes[i]!, locale)) }),
  });

  const rows: TechniqueRow[] = indicators.map((row, r) => {
    const dimension = row.depth === 0 ? null : dimensionOf(state, row.codeId, opts.rootCodeId);
    const techniquesWithData = cells[r]!.filter((cell) => cell.count > 0).length;
    const suggested: TriangulationVerdict | null = techniquesWithData === 1 ? 'spesifik' : null;
    const given = opts.verdicts?.[row.codeId];
    return {
      ...row,
      dimensionId: dimension?.id ?? null,
      dimensionLabel: dimension ? codeLabel(dimension, locale) : '',
      techniquesWithData,
      suggested,
      verdict: given?.techniqueVerdict ?? null,
      note: given?.techniqueNote ?? '',
    };
  });

  return {
    kind: 'triangulation',
    basis: 'technique',
    rows,
    columns,
    cells,
    missing: TECHNIQUES.filter((technique) => !techniques.includes(technique)),
  };
}

function statementOf(state: ProjectState, segment: Segment, quote: string, locale: Locale): TechniqueStatement {
  const reduced = segment.reduced.trim();
  const document = state.documents[segment.documentId]!;
  return {
    segmentId: segment.id,
    text: reduced || quote.trim() || segment.memo.trim() || document.title,
    reduced: reduced !== '',
    citation: `(${citation(state, document, segment, locale)})`,
  };
}

/**
 * Where a segment comes from, without parentheses: the informant (or, for documents of nobody,
 * the title) with the transcript line(s), a PDF's page(s), or a photo's title alone.
 */
function citation(state: ProjectState, document: Document, segment: Segment, locale: Locale): string {
  const informant = document.informantId ? state.informants[document.informantId] : undefined;
  const person = informant ? informant.label.trim() || informant.name.trim() : '';
  // Observation notes and documents are named by their title: what an informant's column holds is what the informant said.
  const source = (document.kind === 'interview' && person) || document.title.trim() || person;
  if (document.medium === 'picture') return source;
  const last = Math.max(segment.start, segment.end - 1);
  if (document.pages?.length) {
    const pageOf = (offset: number) => document.pages!.find((page) => offset >= page.start && offset < page.end)?.number;
    const from = pageOf(segment.start);
    const to = pageOf(last);
    if (from !== undefined && to !== undefined) {
      return from === to ? translate(locale, 'display:citePage', { source, page: from }) : translate(locale, 'display:citePages', { source, from, to });
    }
  }
  const starts = lineStartsOf(document);
  const from = lineOfOffset(starts, segment.start);
  const to = lineOfOffset(starts, last);
  return from === to ? translate(locale, 'display:citeLine', { source, line: from }) : translate(locale, 'display:citeLines', { source, from, to });
}
