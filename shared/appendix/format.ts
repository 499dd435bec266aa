/**
 * How the appendix is laid out. The defaults are the rules most Indonesian faculties give
 * in their pedoman penulisan skripsi (A4, Times New Roman 12, spacing 1.5, margins 4-4-3-3 cm,
 * captions above tables, arabic page numbers); every rule that varies between faculties is
 * an option the export dialog can change.
 */

/** How a quote names its source: by interview ("Wawancara dengan Ibu X, Kabid, 14 November 2023") or by line ("I1, baris 12"). */
export type CitationStyle = 'interview' | 'line';

/** Where the arabic page number goes on every page. */
export type PageNumberPlacement = 'footer-center' | 'footer-right' | 'header-right';

export type Orientation = 'portrait' | 'landscape';

/**
 * How the tables of the appendix are numbered: per lampiran ("Tabel L3.1", the first table of
 * Lampiran 3 — the one scheme campus guidelines show for tables inside appendices, and one
 * that never collides with BAB IV's "Tabel 4.x"), or continuing a chapter's numbering ("Tabel 4.12").
 */
export type TableNumbering = 'appendix' | 'chapter';

/**
 * What a triangulation row the student has not judged yet says: that it is not judged
 * ("belum dinilai"), or the suggestion computed from the data, marked as one ("(saran: spesifik)").
 * A suggestion is never printed as a verdict.
 */
export type UnjudgedVerdicts = 'notJudged' | 'suggestion';

/** How a conclusion's evidence is printed: each segment's words, or the student's reduced statement of it. */
export type EvidenceText = 'quote' | 'reduced';

/** Page margins in centimetres, as the pedoman states them for a portrait page. */
export interface MarginsCm {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface AppendixFormat {
  /** Body font. */
  font: string;
  /** Body font size in points. */
  fontSize: number;
  /** Font size inside tables in points: 10 or 11. */
  tableFontSize: 10 | 11;
  /** Line spacing of body text: 1.5 or 2 (tables, captions and long quotes are single-spaced). */
  lineSpacing: 1.5 | 2;
  margins: MarginsCm;
  /** Per lampiran ("Tabel L1.1") or by chapter ("Tabel 4.1"). */
  tableNumbering: TableNumbering;
  /** Chapter part of table numbers when numbered by chapter: "4" gives "Tabel 4.1", "4.2" … */
  chapter: string;
  /** Number of the first table, for an appendix that continues a chapter's numbering. */
  firstTableNumber: number;
  /** "Sumber: Data primer diolah peneliti, <year>" under every data table. */
  sourceNote: boolean;
  /** The words of the source note before the year; '' = the default in the appendix's language. */
  sourceNoteText: string;
  /** Year in the source note; null = the year of the interviews (else the project's year). */
  sourceYear: number | null;
  pageNumbers: PageNumberPlacement;
  /** Number of the appendix's first page (the lampiran continues the thesis's numbering). */
  firstPageNumber: number;
  citationStyle: CitationStyle;
  /** What an unjudged triangulation row says (never a verdict). */
  unjudgedVerdicts: UnjudgedVerdicts;
  /** Evidence of conclusions as quotes or as reduced statements, each with its citation. */
  evidenceText: EvidenceText;
  /** Whether the codebook has a colour column (the colours mean nothing on a black-and-white printout). */
  codebookColour: boolean;
}

export const DEFAULT_APPENDIX_FORMAT: AppendixFormat = {
  font: 'Times New Roman',
  fontSize: 12,
  tableFontSize: 11,
  lineSpacing: 1.5,
  margins: { top: 4, left: 4, bottom: 3, right: 3 },
  tableNumbering: 'appendix',
  chapter: '4',
  firstTableNumber: 1,
  sourceNote: true,
  sourceNoteText: '',
  sourceYear: null,
  pageNumbers: 'footer-center',
  firstPageNumber: 1,
  citationStyle: 'interview',
  unjudgedVerdicts: 'notJudged',
  evidenceText: 'quote',
  codebookColour: false,
};

/** A4 in twentieths of a point (twips), portrait. */
export const A4_TWIPS = { width: 11906, height: 16838 } as const;

const TWIPS_PER_CM = 1440 / 2.54;

export function cmToTwips(cm: number): number {
  return Math.round(cm * TWIPS_PER_CM);
}

const clamp = (value: number, min: number, max: number, fallback: number): number =>
  Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;

/**
 * The complete format from what the dialog or command line gives, with anything missing
 * taken from the defaults and anything out of range brought back into it, so a bad value
 * can never produce a file Word refuses.
 */
export function resolveFormat(partial: Partial<AppendixFormat> = {}): AppendixFormat {
  const f = { ...DEFAULT_APPENDIX_FORMAT, ...partial };
  const d = DEFAULT_APPENDIX_FORMAT;
  const margin = (key: keyof MarginsCm): number => clamp(Number(partial.margins?.[key] ?? d.margins[key]), 1, 6, d.margins[key]);
  return {
    font: f.font.trim() || d.font,
    fontSize: clamp(f.fontSize, 8, 16, d.fontSize),
    tableFontSize: f.tableFontSize <= 10 ? 10 : 11,
    lineSpacing: f.lineSpacing >= 2 ? 2 : 1.5,
    margins: { top: margin('top'), left: margin('left'), bottom: margin('bottom'), right: margin('right') },
    tableNumbering: f.tableNumbering === 'chapter' ? 'chapter' : 'appendix',
    chapter: String(f.chapter).trim(),
    firstTableNumber: Math.round(clamp(f.firstTableNumber, 1, 9999, 1)),
    sourceNote: Boolean(f.sourceNote),
    sourceNoteText: typeof f.sourceNoteText === 'string' ? f.sourceNoteText.replace(/\s+/g, ' ').trim().replace(/,$/, '') : '',
    sourceYear: f.sourceYear === null || f.sourceYear === undefined ? null : Math.round(clamp(f.sourceYear, 1900, 2999, new Date().getFullYear())),
    pageNumbers: (['footer-center', 'footer-right', 'header-right'] as const).includes(f.pageNumbers) ? f.pageNumbers : d.pageNumbers,
    firstPageNumber: Math.round(clamp(f.firstPageNumber, 1, 9999, 1)),
    citationStyle: f.citationStyle === 'line' ? 'line' : 'interview',
    unjudgedVerdicts: f.unjudgedVerdicts === 'suggestion' ? 'suggestion' : 'notJudged',
    evidenceText: f.evidenceText === 'reduced' ? 'reduced' : 'quote',
    codebookColour: f.codebookColour === true,
  };
}

/** Page margins in twips for a section. */
export interface PageMarginsTwips {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Margins of a section in twips. A landscape page is bound by what is its top edge when
 * read (the top of the table faces the binding, on the left of the bound book), so the
 * portrait margins turn with the page: the wide binding margin stays on the binding side.
 */
export function sectionMargins(format: AppendixFormat, orientation: Orientation): PageMarginsTwips {
  const m = format.margins;
  if (orientation === 'portrait') {
    return { top: cmToTwips(m.top), right: cmToTwips(m.right), bottom: cmToTwips(m.bottom), left: cmToTwips(m.left) };
  }
  return { top: cmToTwips(m.left), right: cmToTwips(m.top), bottom: cmToTwips(m.right), left: cmToTwips(m.bottom) };
}

/** The width tables can use between the margins, in twips. */
export function textWidthTwips(format: AppendixFormat, orientation: Orientation): number {
  const margins = sectionMargins(format, orientation);
  const pageWidth = orientation === 'portrait' ? A4_TWIPS.width : A4_TWIPS.height;
  return pageWidth - margins.left - margins.right;
}

/** Line spacing in 240ths of a line, as Word stores "auto" spacing (1.5 → 360). */
export function lineSpacingValue(spacing: number): number {
  return Math.round(240 * spacing);
}
