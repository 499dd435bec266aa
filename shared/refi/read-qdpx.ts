/**
 * Opens a REFI-QDA project file (.qdpx) — Pilah's own or another tool's — as a Pilah project.
 * The archive is untrusted: it is unzipped within limits, its XML parsed without DTDs, and
 * any problem ends in a ProjectFileError before anything is returned.
 */
import type { ProjectSnapshot } from '../model/types';
import { safeUnzip, ZipError } from '../zip/safe-unzip';
import { ProjectFileError, projectFileErrorFromZip, type ProjectFileWarning } from './errors';
import { EXTRAS_PATH, parseExtras } from './extras';
import { normalizeGuid } from './guid';
import { chooseOffsetModel } from './offsets';
import { idsFromExtras, overlayExtras } from './overlay-extras';
import { readProjectXml } from './project-reader';
import { parseXmlTree } from './xml-tree';

export interface ReadQdpxResult {
  snapshot: ProjectSnapshot;
  /** What the file held that Pilah left out, one entry per kind. */
  warnings: ProjectFileWarning[];
}

export interface ReadQdpxOptions {
  /** ISO date-time for dates the file does not give (import time); defaults to the clock. */
  now?: string;
}

// Only what Pilah reads is inflated: the project XML, plain texts and Pilah's extras.
const WANTED = /\.(qde|txt|json)$/i;
const utf8 = new TextDecoder('utf-8');

/**
 * Reads a `.qdpx`. Files Pilah wrote come back exactly as saved; other tools' schema-valid
 * files with plain-text sources come back with their codes, cases, texts and codings.
 * @throws ProjectFileError for anything that is not a readable, safe project file.
 */
export function readQdpx(bytes: Uint8Array, options: ReadQdpxOptions = {}): ReadQdpxResult {
  const files = unzip(bytes);
  const byLowerName = new Map(Object.keys(files).map((name) => [name.toLowerCase(), name]));
  const root = parseXmlTree(utf8.decode(files[projectXmlName(Object.keys(files))]));

  const warnings: ProjectFileWarning[] = [];
  const extrasName = byLowerName.get(EXTRAS_PATH);
  const extras = extrasName ? parseExtras(utf8.decode(files[extrasName])) : null;
  if (extrasName && !extras) warnings.push({ code: 'unreadable-extras', what: EXTRAS_PATH, count: 1 });
  const ids = extras ? idsFromExtras(extras) : new Map<string, string>();
  const writtenByPilah = extras !== null || /^Pilah\b/.test(root.attributes.origin ?? '');

  const readFile = (path: string): string | undefined => {
    const name = internalFileName(path);
    if (name === undefined) return undefined;
    const entry = byLowerName.get(`sources/${name}`) ?? byLowerName.get(name);
    return entry === undefined ? undefined : utf8.decode(files[entry]);
  };
  const base = readProjectXml(root, {
    readFile,
    offsets: chooseOffsetModel(writtenByPilah),
    mergeSameRange: !writtenByPilah,
    idFor: (guid) => {
      const key = normalizeGuid(guid);
      return ids.get(key) ?? key;
    },
    now: options.now ?? new Date().toISOString(),
    warn: (warning) => warnings.push(warning),
  });
  return { snapshot: extras ? overlayExtras(base, extras) : base, warnings };
}

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  try {
    return safeUnzip(bytes, { wanted: (name) => WANTED.test(name) });
  } catch (err) {
    if (err instanceof ZipError) throw projectFileErrorFromZip(err);
    throw err;
  }
}

/** The single `*.qde` at the root, any case; `project.qde` wins if a tool wrote several. */
function projectXmlName(names: string[]): string {
  const candidates = names.filter((n) => !n.includes('/') && /\.qde$/i.test(n));
  if (candidates.length === 1) return candidates[0]!;
  const preferred = candidates.find((n) => n.toLowerCase() === 'project.qde');
  if (preferred) return preferred;
  throw new ProjectFileError('no-project-xml', candidates.length === 0 ? 'no .qde at the archive root' : 'several .qde files');
}

/**
 * The lower-case file name inside the zip that a `plainTextPath` points at: `internal://X`,
 * or a bare relative path, which some tools write. External paths cannot be inside the zip.
 */
function internalFileName(path: string): string | undefined {
  const internal = /^internal:\/\/(.*)$/i.exec(path.trim());
  if (internal) return internal[1]!.replace(/^\/+/, '').toLowerCase();
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return undefined;
  return path.trim().replace(/\\/g, '/').replace(/^\.?\//, '').toLowerCase();
}
