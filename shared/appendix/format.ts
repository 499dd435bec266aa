/**
 * How the appendix is laid out. The defaults are the rules most Indonesian faculties give
 * in their pedoman penulisan skripsi (A4, Times New Roman 12, spacing 1.5, margins 4-4-3-3 cm,
 * captions above tables, arabic page numbers); every rule that varies between faculties is
 * an option the export dialog can change.
 */

import { z } from 'zod';

/** The bounds of the settings a format profile may hold; a value outside is refused, not guessed. */
export const FORMAT_LIMITS = {
  fontSize: { min: 8, max: 16 },
  margin: { min: 1, max: 6 },
  firstNumber: { min: 1, max: 9999 },
  sourceYear: { min: 1900, max: 2999 },
} as const;

const number = (limits: { min: number; max: number }) => z.number().min(limits.min).max(limits.max);
const whole = (limits: { min: number; max: number }) => z.number().int().min(limits.min).max(limits.max);
const marginCm = number(FORMAT_LIMITS.margin);

/** Page margins in centimetres, as the pedoman states them for a portrait page. */
export const marginsSchema = z.object({ top: marginCm, left: marginCm, bottom: marginCm, right: marginCm });

/**
 * Every setting of the Word output that varies between faculties: the one source of truth
 * for the type, the export dialog, the project file and the format profile files.
 */
export const appendixFormatSchema = z.object({
  /** Body font. */
  font: z.string().trim().min(1).max(100),
  /** Body font size in points. */
  fontSize: number(FORMAT_LIMITS.fontSize),
  /** Font size inside tables in points. */
  tableFontSize: z.literal([10, 11, 12]),
  /** Line spacing of body text: 1.5 or 2 (tables, captions and long quotes are single-spaced). */
  lineSpacing: z.literal([1.5, 2]),
  margins: marginsSchema,
  /** "Lampiran 1, 2 …" or "Lampiran A, B …". */
  appendixNumbering: z.enum(['arabic', 'letter']),
  /**
   * How the tables of the appendix are numbered: per lampiran ("Tabel L3.1", the first table of
   * Lampiran 3 — the one scheme campus guidelines show for tables inside appendices), or
   * continuing a chapter's numbering ("Tabel 4.12"; no chapter: "Tabel 12", straight through).
   */
  tableNumbering: z.enum(['appendix', 'chapter']),
  /**
   * Per lampiran: an "L" before the lampiran's number ("Tabel L3.1"), so it never collides with
   * BAB III's "Tabel 3.1"; without it "Tabel 3.1". Lampiran lettered A, B … need none ("Tabel A.1").
   */
  appendixTablePrefix: z.boolean(),
  /** Chapter part of table numbers when numbered by chapter: "4" gives "Tabel 4.1", "4.2" … */
  chapter: z.string().trim().max(20),
  /** Number of the first table, for an appendix that continues a chapter's numbering. */
  firstTableNumber: whole(FORMAT_LIMITS.firstNumber),
  /** Table captions bold (most guidelines) or plain. */
  captionBold: z.boolean(),
  /** Case of the lampiran titles: as written ("Lampiran 1. Daftar informan"), Title Case, or CAPITALS. */
  headingCase: z.enum(['sentence', 'title', 'upper']),
  /** "Sumber: Data primer diolah peneliti, <year>" under every data table. */
  sourceNote: z.boolean(),
  /** The words of the source note before the year; '' = the default in the appendix's language. */
  sourceNoteText: z.string().max(200),
  /** Year in the source note; null = the year of the interviews (else the project's year). */
  sourceYear: whole(FORMAT_LIMITS.sourceYear).nullable(),
  /** Where the arabic page number goes on every page. */
  pageNumbers: z.enum(['footer-center', 'footer-right', 'header-right']),
  /** Number of the appendix's first page (the lampiran continues the thesis's numbering). */
  firstPageNumber: whole(FORMAT_LIMITS.firstNumber),
  /** How a quote names its source: by interview ("Wawancara dengan Ibu X, Kabid, 14 November 2023") or by line ("I1, baris 12"). */
  citationStyle: z.enum(['interview', 'line']),
  /**
   * What a triangulation row the student has not judged yet says: that it is not judged
   * ("belum dinilai"), or the suggestion computed from the data, marked as one ("(saran: spesifik)").
   * A suggestion is never printed as a verdict.
   */
  unjudgedVerdicts: z.enum(['notJudged', 'suggestion']),
  /** How a conclusion's evidence is printed: each segment's words, or the student's reduced statement of it. */
  evidenceText: z.enum(['quote', 'reduced']),
  /** Whether the codebook has a colour column (the colours mean nothing on a black-and-white printout). */
  codebookColour: z.boolean(),
});

export type AppendixFormat = z.infer<typeof appendixFormatSchema>;
export type MarginsCm = AppendixFormat['margins'];
export type CitationStyle = AppendixFormat['citationStyle'];
export type PageNumberPlacement = AppendixFormat['pageNumbers'];
export type TableNumbering = AppendixFormat['tableNumbering'];
export type AppendixNumbering = AppendixFormat['appendixNumbering'];
export type HeadingCase = AppendixFormat['headingCase'];
export type UnjudgedVerdicts = AppendixFormat['unjudgedVerdicts'];
export type EvidenceText = AppendixFormat['evidenceText'];
export type Orientation = 'portrait' | 'landscape';

export const DEFAULT_APPENDIX_FORMAT: AppendixFormat = {
  font: 'Times New Roman',
  fontSize: 12,
  tableFontSize: 11,
  lineSpacing: 1.5,
  margins: { top: 4, left: 4, bottom: 3, right: 3 },
  appendixNumbering: 'arabic',
  tableNumbering: 'appendix',
  appendixTablePrefix: true,
  chapter: '4',
  firstTableNumber: 1,
  captionBold: true,
  headingCase: 'sentence',
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
  const { margin: m, fontSize, firstNumber, sourceYear } = FORMAT_LIMITS;
  const margin = (key: keyof MarginsCm): number => clamp(Number(partial.margins?.[key] ?? d.margins[key]), m.min, m.max, d.margins[key]);
  const oneOf = <T extends string>(value: unknown, options: readonly T[], fallback: T): T => (options.includes(value as T) ? (value as T) : fallback);
  return {
    font: String(f.font).trim() || d.font,
    fontSize: clamp(f.fontSize, fontSize.min, fontSize.max, d.fontSize),
    tableFontSize: f.tableFontSize <= 10 ? 10 : f.tableFontSize >= 12 ? 12 : 11,
    lineSpacing: f.lineSpacing >= 2 ? 2 : 1.5,
    margins: { top: margin('top'), left: margin('left'), bottom: margin('bottom'), right: margin('right') },
    appendixNumbering: oneOf(f.appendixNumbering, ['arabic', 'letter'], d.appendixNumbering),
    tableNumbering: f.tableNumbering === 'chapter' ? 'chapter' : 'appendix',
    appendixTablePrefix: f.appendixTablePrefix !== false,
    chapter: String(f.chapter).trim().slice(0, 20),
    firstTableNumber: Math.round(clamp(f.firstTableNumber, firstNumber.min, firstNumber.max, 1)),
    captionBold: f.captionBold !== false,
    headingCase: oneOf(f.headingCase, ['sentence', 'title', 'upper'], d.headingCase),
    sourceNote: Boolean(f.sourceNote),
    sourceNoteText: typeof f.sourceNoteText === 'string' ? f.sourceNoteText.replace(/\s+/g, ' ').trim().replace(/,$/, '').slice(0, 200) : '',
    sourceYear:
      f.sourceYear === null || f.sourceYear === undefined ? null : Math.round(clamp(f.sourceYear, sourceYear.min, sourceYear.max, new Date().getFullYear())),
    pageNumbers: oneOf(f.pageNumbers, ['footer-center', 'footer-right', 'header-right'], d.pageNumbers),
    firstPageNumber: Math.round(clamp(f.firstPageNumber, firstNumber.min, firstNumber.max, 1)),
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
