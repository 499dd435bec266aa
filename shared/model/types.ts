/**
 * The domain model of a Pilah project, in the words of the Miles & Huberman method.
 *
 * Every entity is plain, serialisable data keyed by a UUID string. All text offsets are
 * UTF-16 code units (JavaScript string indices) into a document's normalised `text`
 * (LF line ends, no BOM, no control characters), which never changes after import.
 */

import type { FormatProfile } from '../appendix/format-profile';
import type { ChapterTemplates } from '../chapter/templates';

/** A text in both of the app's languages. Either may be empty; readers fall back to the other. */
export interface LocalizedText {
  id: string;
  en: string;
}

export type Locale = 'id' | 'en';

/** Built-in framework templates a project can start from. */
export type FrameworkId = 'empowerment' | 'edward3' | 'woolcock' | 'mouzelis' | 'factors';

export interface ProjectSettings {
  /** Editable list of informant categories (informan kunci / utama / pendukung …). */
  informantCategories: string[];
  /** Editable list of informant groups used for source triangulation (ASN, pelaku UMKM …). */
  informantGroups: string[];
  /** Root code whose leaf codes (indicators) get the number keys 1–9 while coding; null = none. */
  activeFrameworkCodeId: string | null;
  /** The verdict scale of conclusions, best first (default Optimal / Cukup optimal / Belum optimal). */
  verdictScale: string[];
  /** The format of the Word output (margins, spacing, numbering …); absent = the general default. */
  formatProfile?: FormatProfile;
  /** The student's own wording of the Bab IV draft's fixed sentences, per language; absent = the defaults. */
  chapterTemplates?: ChapterTemplates;
}

export interface Project {
  id: string;
  title: string;
  researcher: string;
  institution: string;
  /** Fokus penelitian. */
  focus: string;
  /** Research journal (jurnal penelitian): the project memo. */
  journal: string;
  settings: ProjectSettings;
  createdAt: string; // ISO date-time
  modifiedAt: string; // ISO date-time
  /**
   * The owner's user GUID in the other tool's project file this project was opened from,
   * kept so a re-export names the same person; absent for projects begun in Pilah.
   */
  ownerGuid?: string;
  /**
   * The research instruments (pedoman wawancara, observasi, dokumentasi) and the links from
   * interview turns to the guide's questions; absent until the student creates a guide.
   */
  instruments?: ResearchInstruments;
}

/** The three instruments of a qualitative thesis: interview, observation and documentation guides. */
export type InstrumentKind = 'interview' | 'observation' | 'documentation';

/** A follow-up question (pertanyaan lanjutan, probing) under an interview question. */
export interface GuideProbe {
  id: string;
  text: LocalizedText;
  /** The built-in default it was made from; '' for the student's own. */
  origin: string;
}

/**
 * One item of an instrument: an interview question, an aspect to observe or a document to
 * collect, under the framework code (indicator or dimension) it asks about.
 */
export interface GuideItem {
  id: string;
  kind: InstrumentKind;
  /** The code the item belongs to; null = a general item (opening or closing question). */
  codeId: string | null;
  text: LocalizedText;
  /** Follow-up questions (interview items only; empty for the others). */
  probes: GuideProbe[];
  /** Informant categories the question is for (from the project settings); empty = every category. */
  categories: string[];
  /** Informant groups the question is for; empty = every group. */
  groups: string[];
  /** Where to observe (lokasi) or where the document comes from (sumber); empty for questions. */
  where: LocalizedText;
  /** The built-in default the item was made from ("empowerment/enabling.socialisation#0"); '' for the student's own. */
  origin: string;
  /** Sort order among the items of the same code and kind. */
  order: number;
}

/**
 * The student's decision on one researcher turn of a transcript: the guide question it asks,
 * or null when it asks none of them. Turns without a decision show the computed suggestion.
 */
export interface AnswerLink {
  documentId: string;
  /** Start offset of the researcher's turn (turns never change after import). */
  turnStart: number;
  questionId: string | null;
}

export interface ResearchInstruments {
  /** Root codes of the frameworks the guide covers, in the guide's order. */
  frameworkCodeIds: string[];
  items: GuideItem[];
  answerLinks: AnswerLink[];
}

export interface Code {
  id: string;
  projectId: string;
  /** null for a top-level code (usually a framework root). */
  parentId: string | null;
  label: LocalizedText;
  /** Operational definition: what counts, what does not. */
  definition: LocalizedText;
  /** #RRGGBB */
  color: string;
  /** Source citation, e.g. "Fahrudin (2012)". Empty for the student's own codes. */
  source: string;
  /** The built-in template this code was copied from, if any. */
  frameworkId: FrameworkId | null;
  /** Sort order among siblings. */
  order: number;
  /** Memo on the code. */
  memo: string;
  /** Who last wrote the memo: a coder id, null = the owner; absent when never recorded (older files). */
  memoBy?: string | null;
  /** When the memo was last written (ISO date-time); absent when never recorded. */
  memoAt?: string;
}

export type DocumentKind = 'interview' | 'observation' | 'document';

export interface Informant {
  id: string;
  projectId: string;
  /** Short label used in matrices and citations: I1, I2 … */
  label: string;
  /** Name or pseudonym. */
  name: string;
  /** Jabatan. */
  position: string;
  /** One of ProjectSettings.informantCategories (or free text). */
  category: string;
  /** One of ProjectSettings.informantGroups (or free text). */
  group: string;
  /** ISO date (YYYY-MM-DD) or free text as written in the transcript header. */
  interviewDate: string;
  place: string;
  /** Free attributes (jenis kelamin, usia, lama usaha …). */
  attributes: Record<string, string>;
  memo: string;
  /** Who last wrote the memo: a coder id, null = the owner; absent when never recorded (older files). */
  memoBy?: string | null;
  /** When the memo was last written (ISO date-time); absent when never recorded. */
  memoAt?: string;
  order: number;
}

/** A speaker turn recognised in a transcript: [start, end) in UTF-16 units. */
export interface Turn {
  speaker: string;
  /** The speaker's role if recognisable: researcher asks, informant answers. */
  role: 'researcher' | 'informant' | 'other';
  start: number;
  end: number;
  /** A timestamp such as "00:01:10" written at the start of the turn, if any. */
  timestamp?: string;
}

/** Fields read from an interview header (nama, jabatan, hari/tanggal, tempat …). */
export interface InterviewHeader {
  name?: string;
  position?: string;
  date?: string;
  place?: string;
  /** Any other "Label: value" pairs found in the header. */
  extra: Record<string, string>;
}

/** How a document came in: a typed text (transcript, field notes), a PDF's text layer, or a photo. */
export type DocumentMedium = 'text' | 'pdf' | 'picture';

/** One PDF page's part of the document text: [start, end) in UTF-16 units; `number` as printed (1-based). */
export interface PageRange {
  number: number;
  start: number;
  end: number;
}

/** The file a PDF or photo document was read from, kept so it can be shown and exchanged. */
export interface OriginalFile {
  /** `application/pdf`, `image/jpeg` or `image/png`. */
  mediaType: string;
  bytes: Uint8Array;
}

/** What identifies a documentation source (a regulation, a report): Perbup No. 12/2022, issued by … */
export interface DocumentSourceInfo {
  issuer: string;
  /** ISO date or free text as printed. */
  date: string;
  /** The document's number, e.g. "12/2022". */
  number: string;
}

/** What a fieldwork photo shows, where and when. The informant or site is the document's informantId. */
export interface PictureInfo {
  caption: string;
  date: string;
  place: string;
  /** Pixel size, read from the file, so Word can size it to the page. */
  width: number;
  height: number;
}

export interface Document {
  id: string;
  projectId: string;
  informantId: string | null;
  title: string;
  kind: DocumentKind;
  /** Normalised text; immutable after import. */
  text: string;
  turns: Turn[];
  /** Original file name the text was imported from. */
  sourceFileName: string;
  memo: string;
  /** Who last wrote the memo: a coder id, null = the owner; absent when never recorded (older files). */
  memoBy?: string | null;
  /** When the memo was last written (ISO date-time); absent when never recorded. */
  memoAt?: string;
  importedAt: string; // ISO date-time
  /** Who added the transcript in the tool it came from: a coder id, null = the owner; absent = the owner. */
  addedBy?: string | null;
  order: number;
  /** Absent = 'text' (every document before PDFs and photos). */
  medium?: DocumentMedium;
  /** PDF documents: each page's range of `text`, so citations can say "hlm. 12". */
  pages?: PageRange[];
  /** Documentation sources (kind 'document'): issuer, date, number. */
  sourceInfo?: DocumentSourceInfo;
  /** Photos: caption, date, place and size. A photo's `text` is its caption, coded as a whole. */
  picture?: PictureInfo;
  /** PDFs and photos: the original file. */
  original?: OriginalFile;
}

/**
 * A coded segment: a range of a document with one or more codes, the memo and the
 * reduced statement (the Miles & Huberman condensation of this segment).
 */
export interface Segment {
  id: string;
  projectId: string;
  documentId: string;
  start: number;
  end: number;
  codeIds: string[];
  memo: string;
  /** Pernyataan reduksi. */
  reduced: string;
  /** The coder who made it (issue: inter-coder agreement); null = the project's owner. */
  coderId: string | null;
  /**
   * Who marked the passage, when the tool it came from recorded someone other than the coder
   * of its codes (NVivo): a coder id, null = the owner; absent = the coder.
   */
  selectedBy?: string | null;
  createdAt: string;
  modifiedAt: string;
}

/** The roles a coder can have in a project. */
export type CoderRole = 'student' | 'supervisor' | 'secondCoder';

/**
 * A named user of a project. Codings, summaries, conclusions and comments record their
 * coder; `null` in those fields means the project's owner (the student who created it).
 */
export interface Coder {
  id: string;
  projectId: string;
  name: string;
  role: CoderRole;
  createdAt: string;
}

/** The student's summary (ringkasan) of one reduction cell: an indicator × an informant. */
export interface CellSummary {
  id: string;
  projectId: string;
  codeId: string;
  informantId: string;
  text: string;
  coderId: string | null;
  modifiedAt: string;
}

/** Source triangulation: the agreement of sources on one indicator (Sugiyono's words). */
export type TriangulationVerdict = 'sama' | 'berbeda' | 'spesifik';

/** The student's triangulation verdict and note on one indicator (a row of the table). */
export interface TriangulationNote {
  id: string;
  projectId: string;
  codeId: string;
  /** null = not decided yet (the table then shows its suggestion). */
  verdict: TriangulationVerdict | null;
  note: string;
  /**
   * Triangulation by technique (wawancara / observasi / dokumentasi) on the same indicator:
   * the student's verdict, absent or null while not judged. Optional so every stored row and
   * file written before it reads unchanged.
   */
  techniqueVerdict?: TriangulationVerdict | null;
  /** The note on the technique triangulation; absent = none. */
  techniqueNote?: string;
  coderId: string | null;
  modifiedAt: string;
}

/**
 * A conclusion (kesimpulan) on an indicator, a dimension or a whole framework: the code it
 * concludes on, the text, a verdict from the project's verdict scale and the evidence.
 */
export interface Conclusion {
  id: string;
  projectId: string;
  codeId: string;
  text: string;
  /** One of ProjectSettings.verdictScale, or '' when not decided. */
  verdict: string;
  /** The segments the conclusion rests on, in the order the student linked them. */
  evidenceSegmentIds: string[];
  coderId: string | null;
  createdAt: string;
  modifiedAt: string;
}

/** What a review comment is anchored to. */
export type CommentTarget =
  | { kind: 'segment'; segmentId: string }
  | { kind: 'code'; codeId: string }
  | { kind: 'cell'; codeId: string; informantId: string }
  | { kind: 'conclusion'; conclusionId: string }
  | { kind: 'project' };

/** A review comment, or a reply to one (parentId). Only a thread's first comment is resolved. */
export interface Comment {
  id: string;
  projectId: string;
  target: CommentTarget;
  parentId: string | null;
  authorId: string | null;
  text: string;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
}

/** Everything in one project, as plain data: what project files, the CLI and tests work with. */
export interface ProjectSnapshot {
  project: Project;
  codes: Code[];
  informants: Informant[];
  documents: Document[];
  segments: Segment[];
  coders: Coder[];
  cellSummaries: CellSummary[];
  triangulationNotes: TriangulationNote[];
  conclusions: Conclusion[];
  comments: Comment[];
}

/** The entity tables of a project, by name. */
export interface EntityTables {
  codes: Code;
  informants: Informant;
  documents: Document;
  segments: Segment;
  coders: Coder;
  cellSummaries: CellSummary;
  triangulationNotes: TriangulationNote;
  conclusions: Conclusion;
  comments: Comment;
}
export type TableName = keyof EntityTables;

/** What importing one transcript file yields, before it becomes a Document in a project. */
export interface ImportedTranscript {
  fileName: string;
  /** Title from the file name, without extension. */
  title: string;
  /** Normalised text (LF, no BOM, no control characters). */
  text: string;
  turns: Turn[];
  header: InterviewHeader;
  /** Guessed from the text: interview when speaker turns are found, otherwise document. */
  kind: DocumentKind;
  /** What the user should know about how the file was read (absent when nothing). */
  notices?: TranscriptNotice[];
  /** How the file came in; absent = 'text'. A PDF brings its pages, source info and the file itself. */
  medium?: DocumentMedium;
  pages?: PageRange[];
  sourceInfo?: DocumentSourceInfo;
  original?: OriginalFile;
}

/** `read-as-windows-1252`: the .txt was not valid UTF-8 and was read as Windows-1252. */
export type TranscriptNotice = 'read-as-windows-1252';
