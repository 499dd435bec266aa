/**
 * The plain data an agreement report is made of, read alike by the agreement screen, the
 * command line and the Word appendix. Percentages are 0–100; coefficients are unrounded.
 */
import type { CoderId } from './coders';

/** Percent agreement and a chance-corrected coefficient (κ, κ_n or α by method). */
export interface Figures {
  percentAgreement: number;
  kappa: number;
  /** 'no-variation': chance agreement is 1 (nobody used the code, or everything is coded), so the coefficient is set to 1. */
  note?: 'no-variation';
}

/** A mean across codes; null when no code could be compared. */
export interface MeanFigures {
  percentAgreement: number | null;
  kappa: number | null;
  /** How many codes the mean is over. */
  codes: number;
}

/** The 2×2 table of characters for one code. */
export interface CharacterCounts {
  units: number;
  both: number;
  onlyA: number;
  onlyB: number;
  neither: number;
}

export interface CharacterRow {
  codeId: string;
  /** Pooled over the compared transcripts: every character once. */
  counts: CharacterCounts;
  figures: Figures;
  /** One entry per compared transcript, in the report's document order; `used` = someone coded it there. */
  byDocument: { documentId: string; counts: CharacterCounts; figures: Figures; used: boolean }[];
}

export interface CharacterResult {
  codes: CharacterRow[];
  /** Per transcript: the mean over the codes used in it. */
  byDocument: ({ documentId: string } & MeanFigures)[];
  /** The mean of the per-code figures. */
  overall: MeanFigures;
}

/** Segments checked for one code: a = matched (both coders' segments), b = A's unmatched, c = B's unmatched. */
export interface SegmentCounts {
  segmentsA: number;
  segmentsB: number;
  a: number;
  b: number;
  c: number;
}

export interface SegmentRow {
  codeId: string;
  counts: SegmentCounts;
  figures: Figures;
  /** Figures are null where neither coder has a segment with the code in that transcript. */
  byDocument: { documentId: string; counts: SegmentCounts; figures: Figures | null }[];
}

export interface SegmentResult {
  /** Overlap threshold t in percent. */
  threshold: number;
  /** Number of categories k for chance agreement. */
  k: number;
  /** P_c = 1/k. */
  chance: number;
  codes: SegmentRow[];
  byDocument: ({ documentId: string } & MeanFigures)[];
  overall: MeanFigures;
}

/** Paragraph units for one code: coded (by any overlapping segment) by both, one or neither coder. */
export interface AlphaCounts {
  units: number;
  both: number;
  onlyA: number;
  onlyB: number;
  neither: number;
}

export interface AlphaRow {
  codeId: string;
  counts: AlphaCounts;
  /** `kappa` holds Krippendorff's α here. */
  figures: Figures;
}

export interface AlphaResult {
  codes: AlphaRow[];
  overall: MeanFigures;
}

export interface ReportCoder {
  id: CoderId;
  name: string;
}

export interface ReportCode {
  id: string;
  /** The code's label in the report's language. */
  name: string;
  /** "Framework › Dimension › Code", for tables that list codes of several frameworks. */
  path: string;
  /** The path above the code ("Framework › Dimension"), '' for a top-level code. */
  parentPath: string;
  color: string;
}

export interface ReportDocument {
  id: string;
  title: string;
  /** The informant's label (I1 …), '' for a transcript without informant. */
  informant: string;
  characters: number;
}

/** Fleiss's bands for κ: below 0.40 poor, 0.40–0.75 fair to good, above 0.75 excellent. */
export type KappaBand = 'poor' | 'fair' | 'excellent';

/** Formula texts to print beside each table, in the report's language. */
export interface FormulaTexts {
  character: string[];
  segment: string[];
  alpha: string[];
}

export interface AgreementReport {
  coderA: ReportCoder;
  coderB: ReportCoder;
  documents: ReportDocument[];
  /** Transcripts only one coder coded, left out of every figure. */
  skippedDocuments: { id: string; title: string; codedBy: 'a' | 'b' }[];
  /** The codes compared (used by at least one coder), in codebook order; rows follow this order. */
  codes: ReportCode[];
  character: CharacterResult;
  segment: SegmentResult;
  alpha: AlphaResult;
  formulas: FormulaTexts;
}
