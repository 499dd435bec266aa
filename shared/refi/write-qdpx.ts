/**
 * Saves a project as a REFI-QDA project file (.qdpx): `project.qde`, one UTF-8 `.txt` per
 * document under `sources/`, and Pilah's extras as `pilah/project.json`.
 */
import { zipSync, type Zippable } from 'fflate';
import type { Locale, ProjectSnapshot } from '../model/types';
import { EXTRAS_PATH, extrasFromSnapshot } from './extras';
import { buildProjectXml, sourceFileName } from './project-xml';

export interface WriteQdpxOptions {
  /** Pilah's version, written into `origin` ("Pilah 0.1.0"). */
  appVersion?: string;
  /** ISO date-time stamped on the zip entries; pass it for byte-identical output in tests. */
  now?: string;
  /** Language of the names Pilah gives its notes in the file; Indonesian by default. */
  locale?: Locale;
}

const encoder = new TextEncoder();

/**
 * The bytes of a `.qdpx` project file for a snapshot. Offsets are written as Unicode code
 * points (the spec), the texts as UTF-8 without BOM with LF line ends, GUIDs stable across
 * exports. Reading the bytes back with `readQdpx` restores the snapshot exactly.
 */
export function writeQdpx(snapshot: ProjectSnapshot, options: WriteQdpxOptions = {}): Uint8Array {
  const xml = buildProjectXml(snapshot, { appVersion: options.appVersion ?? 'dev', locale: options.locale ?? 'id' });
  const mtime = new Date(options.now ?? Date.now());
  const files: Zippable = { 'project.qde': encoder.encode(xml) };
  for (const document of snapshot.documents) files[`sources/${sourceFileName(document)}`] = encoder.encode(document.text);
  files[EXTRAS_PATH] = encoder.encode(JSON.stringify(extrasFromSnapshot(snapshot)));
  return zipSync(files, { level: 6, mtime });
}
