/**
 * The domain model of a Pilah project, in the words of the Miles & Huberman method.
 *
 * Every entity is plain, serialisable data keyed by a UUID string. All text offsets are
 * UTF-16 code units (JavaScript string indices) into a document's normalised `text`
 * (LF line ends, no BOM, no control characters), which never changes after import.
 */

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
  /** Root code whose children get the number keys 1–9 while coding; null = none. */
  activeFrameworkCodeId: string | null;
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
  importedAt: string; // ISO date-time
  order: number;
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
  createdAt: string;
  modifiedAt: string;
}

/** Everything in one project, as plain data: what project files, the CLI and tests work with. */
export interface ProjectSnapshot {
  project: Project;
  codes: Code[];
  informants: Informant[];
  documents: Document[];
  segments: Segment[];
}

/** The entity tables of a project, by name. */
export interface EntityTables {
  codes: Code;
  informants: Informant;
  documents: Document;
  segments: Segment;
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
}
