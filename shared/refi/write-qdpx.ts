/**
 * Saves a project as a REFI-QDA project file (.qdpx): `project.qde`, one UTF-8 `.txt` per
 * document under `sources/` (and a PDF document's `.pdf` beside its text), and — unless only the standard is wanted — Pilah's extras as
 * `pilah/project.json`.
 */
import { Zip, zipSync, type ZipInputFile, type Zippable } from 'fflate';
import type { Locale, ProjectSnapshot } from '../model/types';
import { EXTRAS_PATH, extrasFromSnapshot } from './write-extras';
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
  /**
   * A native raw deflate and CRC-32 the front end has (the command line passes Node's zlib,
   * several times faster than deflating in JavaScript); the file holds the same entries.
   */
  native?: NativeDeflate;
}

/** Raw deflate (RFC 1951) and CRC-32, as Node's zlib offers them. */
export interface NativeDeflate {
  deflateRaw(bytes: Uint8Array): Uint8Array;
  crc32(bytes: Uint8Array): number;
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
  return options.native ? zipNative(files, mtime, options.native) : zipSync(files, { level: 6, mtime });
}

/** The zip of `files` with each entry deflated by `native` (or stored, when asked for level 0). */
function zipNative(files: Zippable, mtime: Date, native: NativeDeflate): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else chunks.push(data);
  });
  for (const [filename, entry] of Object.entries(files)) {
    const [bytes, options] = (Array.isArray(entry) ? entry : [entry, {}]) as [Uint8Array<ArrayBuffer>, { level?: number }];
    const stored = options.level === 0;
    const file: ZipInputFile = { filename, size: bytes.length, crc: native.crc32(bytes), compression: stored ? 0 : 8, mtime, terminate: () => undefined };
    zip.add(file);
    // Zip.add gave the entry its `ondata`: the whole entry, already deflated, in one chunk.
    file.ondata!(null, stored ? bytes : (native.deflateRaw(bytes) as Uint8Array<ArrayBuffer>), true);
  }
  zip.end();
  if (failure) throw failure;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
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
