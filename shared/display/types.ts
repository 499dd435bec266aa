/**
 * The Miles & Huberman data displays as plain data: a matrix of rows (codes), columns
 * (informants, informant groups, sources or codes) and cells that always keep the ids of
 * the segments behind them, so that every cell clicks through to its text.
 */

/** What one cell of a display holds. */
export interface DisplayCell {
  /** The segments behind the cell, in reading order (document order, then offset). */
  segmentIds: string[];
  /**
   * Segments in the cell for code × informant displays. For code × code displays
   * (co-occurrence, crossed frameworks) the number of meetings, as defined in
   * co-occurrence.ts: a segment carrying both codes counts 1, and each pair of different,
   * overlapping segments of one document counts 1.
   */
  count: number;
  /**
   * Share (0–1) of the column's text that the cell's segments cover, overlaps counted once.
   * For code × code displays: share of all the project's text where both codes apply.
   */
  coverage: number;
  /** The coded text of each segment, in the order of `segmentIds`. */
  quotes: string[];
  /** The non-empty reduced statements (pernyataan reduksi) of the segments, in order. */
  reduced: string[];
  /** The student's summary (ringkasan) of the cell, when one was given. */
  summary?: string;
}

/** A row: one code of the framework. */
export interface MatrixRow {
  codeId: string;
  /** 0 for the framework's dimensions, 1 for their indicators, and so on. */
  depth: number;
  label: string;
}

/** A column: one informant, an informant group or category, a source, or a code. */
export interface MatrixColumn {
  /** Stable key: the informant id, `group:<name>`, `category:<name>`, a code id … (see COLUMN_KEYS). */
  key: string;
  label: string;
  /** The informants whose documents feed the column (empty for source and code columns). */
  informantIds: string[];
  /** For code columns (crossed frameworks, co-occurrence): the code and its depth. */
  codeId?: string;
  depth?: number;
}

export type DisplayKind = 'conceptual' | 'role-ordered' | 'checklist' | 'co-occurrence' | 'crossed' | 'triangulation';

export interface DisplayMatrix {
  kind: DisplayKind;
  rows: MatrixRow[];
  columns: MatrixColumn[];
  /** cells[row][column]. */
  cells: DisplayCell[][];
}

/**
 * The student's cell summaries (ringkasan), keyed by `summaryKey(codeId, columnKey)`:
 * `${codeId}|${informantId}` for informant columns, `${codeId}|group:<name>` for a
 * group column, and so on. The stored ones come from `cellSummariesFromState`
 * (shared/reduction); a group or category column without its own summary shows its
 * informants' summaries, each after the informant's label.
 */
export type CellSummaries = Record<string, string>;

/** Keys of the columns that are not one informant. */
export const COLUMN_KEYS = {
  /** Documents attached to no informant. */
  noInformant: 'none',
  group: (name: string): string => `group:${name}`,
  category: (name: string): string => `category:${name}`,
  /** Informants with an empty group or category, and documents of no informant. */
  ungrouped: 'group:',
  uncategorised: 'category:',
  observation: 'source:observation',
  document: 'source:document',
} as const;

/** The key of a cell summary in CellSummaries. */
export function summaryKey(codeId: string, columnKey: string): string {
  return `${codeId}|${columnKey}`;
}

/** A checklist (heat map) matrix also carries its maxima, for the colour scale. */
export interface ChecklistMatrix extends DisplayMatrix {
  kind: 'checklist';
  maxCount: number;
  maxCoverage: number;
}

/** The agreement of sources on one indicator: the words of Sugiyono's source triangulation. */
export type TriangulationVerdict = 'sama' | 'berbeda' | 'spesifik';

/** The student's verdict and note on one row, keyed by the indicator's code id. */
export interface TriangulationVerdictInput {
  verdict: TriangulationVerdict | null;
  note?: string;
  /** The verdict and note of the triangulation by technique. */
  techniqueVerdict?: TriangulationVerdict | null;
  techniqueNote?: string;
}

/** codeId → the student's verdict and note; the stored ones come from `triangulationVerdictsFromState` (shared/reduction). */
export type TriangulationVerdicts = Record<string, TriangulationVerdictInput>;

export interface TriangulationRow extends MatrixRow {
  /** The dimension the indicator belongs to; null when the indicator is itself a dimension. */
  dimensionId: string | null;
  dimensionLabel: string;
  /** Source columns with at least one segment. */
  sourcesWithData: number;
  /**
   * Computed from the data: `spesifik` when exactly one source has data, else null. Only ever
   * offered as a suggestion: it is never shown, printed or counted as the student's verdict.
   */
  suggested: TriangulationVerdict | null;
  /** The student's verdict; null until the student judges the row (whatever the suggestion). */
  verdict: TriangulationVerdict | null;
  note: string;
}

export type TriangulationSource = 'group' | 'category' | 'observation' | 'document';

export interface TriangulationColumn extends MatrixColumn {
  source: TriangulationSource;
}

export interface TriangulationCell extends DisplayCell {
  /** What the table shows: each segment's reduced statement, or its quote when it has none. */
  statements: string[];
}

export interface TriangulationTable extends DisplayMatrix {
  kind: 'triangulation';
  rows: TriangulationRow[];
  columns: TriangulationColumn[];
  cells: TriangulationCell[][];
}

/** How the data were collected: the three techniques of a qualitative study (wawancara, observasi, dokumentasi). */
export type Technique = 'interview' | 'observation' | 'document';

/** One coded segment as the technique table shows it. */
export interface TechniqueStatement {
  segmentId: string;
  /** The segment's reduced statement, or its coded words when it has none. */
  text: string;
  /** True when `text` is the student's reduced statement. */
  reduced: boolean;
  /** Where it comes from, in parentheses: "(I1, baris 3)", "(Perbup 12/2022, hlm. 4)", "(Foto pasar)". */
  citation: string;
}

export interface TechniqueColumn extends MatrixColumn {
  technique: Technique;
}

export interface TechniqueCell extends DisplayCell {
  statements: TechniqueStatement[];
}

export interface TechniqueRow extends MatrixRow {
  dimensionId: string | null;
  dimensionLabel: string;
  /** Techniques with at least one segment on the indicator. */
  techniquesWithData: number;
  /**
   * `spesifik` when exactly one technique has data on the indicator (it cannot be cross-checked),
   * else null. A suggestion only: never shown, printed or counted as the student's verdict.
   */
  suggested: TriangulationVerdict | null;
  /** The student's technique verdict; null until the student judges the row. */
  verdict: TriangulationVerdict | null;
  note: string;
}

/** Triangulation by technique: indicators × the techniques the project has data from. */
export interface TechniqueTable extends DisplayMatrix {
  kind: 'triangulation';
  basis: 'technique';
  rows: TechniqueRow[];
  columns: TechniqueColumn[];
  cells: TechniqueCell[][];
  /** The techniques the project has no document of (their column is left out). */
  missing: Technique[];
}
