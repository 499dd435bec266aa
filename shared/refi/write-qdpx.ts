/**
 * Saves a project as a REFI-QDA project file (.qdpx): `project.qde`, one UTF-8 `.txt` per
 * document under `sources/` (and a PDF document's `.pdf` beside its text), and — unless only the standard is wanted — Pilah's extras as
 * `pilah/project.json`.
 */
import { zipSync, type Zippable } from 'fflate';
import type { Locale, ProjectSnapshot } from '../model/types';
import { EXTRAS_PATH, extrasFromSnapshot } from './extras';
import { isPdfDocument, pdfFileName } from './pdf-sources';
import { pictureFiles } from './picture-sources';
import { buildProjectXml, journalFileName, sourceFileName, type QdpxOffsets } from './project-xml';

export type { QdpxOffsets } from './project-xml';

export interface WriteQdpxOptions {
  /** Pilah's version, written into `origin` ("Pilah 0.1.0"). */
  appVersion?: string;
  /** ISO date-time stamped on the zip entries; pass it for byte-identical output in tests. */
  now?: string;
  /** Language of the names Pilah gives its notes in the file; Indonesian by default. */
  locale?: Locale;
  /**
   * Leave out `pilah/project.json`: a file for another tool, holding only what REFI-QDA can
   * carry (codes, texts, segments, codings, memos, coders, informants as cases).
   */
  standardOnly?: boolean;
  /** Code points (the standard, default) or UTF-16 units for NVivo; see {@link needsUtf16Choice}. */
  offsets?: QdpxOffsets;
}

const encoder = new TextEncoder();

/**
 * The bytes of a `.qdpx` project file for a snapshot. Offsets are written as Unicode code
 * points unless asked otherwise, the texts as UTF-8 without BOM with LF line ends, GUIDs
 * stable across exports. Reading the bytes back with `readQdpx` restores the snapshot
 * exactly (with extras), or everything the standard carries (standard only).
 */
export function writeQdpx(snapshot: ProjectSnapshot, options: WriteQdpxOptions = {}): Uint8Array {
  const xml = buildProjectXml(snapshot, {
    appVersion: options.appVersion ?? 'dev',
    locale: options.locale ?? 'id',
    offsets: options.offsets ?? 'codepoints',
  });
  const mtime = new Date(options.now ?? Date.now());
  const files: Zippable = { 'project.qde': encoder.encode(xml) };
  for (const document of snapshot.documents) {
    if (document.medium !== 'picture') files[`sources/${sourceFileName(document)}`] = encoder.encode(document.text);
    // PDFs are compressed already: stored as they are.
    if (isPdfDocument(document)) files[`sources/${pdfFileName(document)}`] = [document.original!.bytes, { level: 0 }];
  }
  // Photos travel as their image files; zipping a JPG again gains nothing, so it is stored.
  for (const [path, bytes] of Object.entries(pictureFiles(snapshot.documents))) files[path] = [bytes, { level: 0 }];
  if (snapshot.project.journal) files[`sources/${journalFileName(snapshot.project.id)}`] = encoder.encode(snapshot.project.journal);
  if (!options.standardOnly) files[EXTRAS_PATH] = encoder.encode(JSON.stringify(extrasFromSnapshot(snapshot)));
  return zipSync(files, { level: 6, mtime });
}

// A high surrogate followed by a low one: a character outside the Basic Multilingual Plane.
const ASTRAL = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

/**
 * Whether the choice between code-point and UTF-16 offsets matters for this project: only
 * when some text holds a character outside the Basic Multilingual Plane (emoji, rare CJK),
 * where the two counts drift apart. Otherwise both write the same numbers.
 */
export function needsUtf16Choice(snapshot: Pick<ProjectSnapshot, 'documents'>): boolean {
  return snapshot.documents.some((d) => ASTRAL.test(d.text));
}
