/**
 * Opens a REFI-QDA project file (.qdpx) — Pilah's own or another tool's — as a Pilah project.
 * The archive is untrusted: it is unzipped within limits, its XML parsed without DTDs, and
 * any problem ends in a ProjectFileError before anything is returned.
 */
import type { Locale, ProjectSnapshot } from '../model/types';
import { safeUnzip, ZipError, type RawInflate } from '../zip/safe-unzip';
import { ProjectFileError, projectFileErrorFromZip, type ProjectFileWarning } from './errors';
import { EXTRAS_PATH, parseExtras } from './extras';
import { normalizeGuid } from './guid';
import { idsFromExtras, overlayExtras } from './overlay-extras';
import { detectProducer, type Producer } from './producer';
import { readProjectXml } from './project-reader';
import { parseXmlTree, type XmlElement } from './xml-tree';

export interface ReadQdpxResult {
  snapshot: ProjectSnapshot;
  /** What the file held that Pilah left out, one entry per kind. */
  warnings: ProjectFileWarning[];
  /** The program that wrote the file, from its `origin`. */
  producer: Producer;
}

export interface ReadQdpxOptions {
  /** ISO date-time for dates the file does not give (import time); defaults to the clock. */
  now?: string;
  /** Language of names Pilah has to make up (untitled documents); Indonesian by default. */
  locale?: Locale;
  /** Texts of rich-text (.docx) entries by lower-case entry name, extracted by the caller. */
  richTexts?: ReadonlyMap<string, string>;
}

/** The entries Pilah reads from a project file (only these are inflated): the project XML, texts, extras, PDFs and photos. */
export const QDPX_ENTRIES = /\.(qde|txt|json|pdf|jpe?g|png)$/i;
const utf8 = new TextDecoder('utf-8');

/**
 * Reads a `.qdpx`. Files Pilah wrote come back exactly as saved; other tools' files come
 * back with their codes, cases, coders, texts and codings, offsets read the way their
 * producer counts them, and a warning for everything left out. A source whose text is only
 * in its .docx needs `richTexts` (see importQdpx).
 * @throws ProjectFileError for anything that is not a readable, safe project file.
 */
export function readQdpx(bytes: Uint8Array, options: ReadQdpxOptions = {}): ReadQdpxResult {
  return readQdpxEntries(unzipQdpx(bytes, (name) => QDPX_ENTRIES.test(name)), options);
}

/** The archive's entries `wanted` accepts; any archive problem as a ProjectFileError. */
export function unzipQdpx(bytes: Uint8Array, wanted: (name: string) => boolean, inflate?: RawInflate): Record<string, Uint8Array> {
  try {
    return safeUnzip(bytes, { wanted, inflate });
  } catch (err) {
    if (err instanceof ZipError) throw projectFileErrorFromZip(err);
    throw err;
  }
}

/** The parsed project XML of unzipped entries. */
export function projectXmlOf(files: Record<string, Uint8Array>): XmlElement {
  return parseXmlTree(utf8.decode(files[projectXmlName(Object.keys(files))]));
}

/**
 * Reads already unzipped entries (at least the .qde, texts and extras); `root` is their
 * project XML when the caller has parsed it already (parsing 300k words' worth of XML twice
 * was a fifth of opening such a project).
 */
export function readQdpxEntries(files: Record<string, Uint8Array>, options: ReadQdpxOptions = {}, root: XmlElement = projectXmlOf(files)): ReadQdpxResult {
  const byLowerName = new Map(Object.keys(files).map((name) => [name.toLowerCase(), name]));

  const warnings: ProjectFileWarning[] = [];
  const extrasName = byLowerName.get(EXTRAS_PATH);
  const extras = extrasName ? parseExtras(utf8.decode(files[extrasName])) : null;
  if (extrasName && !extras) warnings.push({ code: 'unreadable-extras', what: EXTRAS_PATH, count: 1 });
  const ids = extras ? idsFromExtras(extras) : new Map<string, string>();
  const producer = detectProducer(root.attributes.origin, extras !== null);

  const entryOf = (path: string): string | undefined => {
    const name = internalFileName(path);
    return name === undefined ? undefined : (byLowerName.get(`sources/${name}`) ?? byLowerName.get(name));
  };
  const readFile = (path: string): string | undefined => {
    const entry = entryOf(path);
    return entry === undefined || !(entry in files) ? undefined : utf8.decode(files[entry]);
  };
  const readBytes = (path: string): Uint8Array | undefined => {
    const entry = entryOf(path);
    return entry === undefined || !(entry in files) ? undefined : files[entry];
  };
  const richText = (path: string): string | undefined => {
    const name = internalFileName(path);
    if (name === undefined) return undefined;
    return options.richTexts?.get(`sources/${name}`) ?? options.richTexts?.get(name);
  };
  const base = readProjectXml(root, {
    readFile,
    readBytes,
    richText,
    producer,
    idFor: (guid) => {
      const key = normalizeGuid(guid);
      return ids.get(key) ?? key;
    },
    now: options.now ?? new Date().toISOString(),
    locale: options.locale ?? 'id',
    warn: (warning) => warnings.push(warning),
  });
  return { snapshot: extras ? overlayExtras(base, extras) : base, warnings, producer };
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
 * The lower-case file name inside the zip that a path attribute points at: `internal://X`,
 * or a bare relative path, which some tools write. External paths, and paths that climb out
 * with `..`, cannot be inside the zip.
 */
export function internalFileName(path: string): string | undefined {
  const internal = /^internal:\/\/(.*)$/i.exec(path.trim());
  if (!internal && /^[a-z][a-z0-9+.-]*:/i.test(path)) return undefined;
  const name = (internal ? internal[1]!.replace(/^\/+/, '') : path.trim().replace(/\\/g, '/').replace(/^\.?\//, '')).toLowerCase();
  // A path climbing out of the archive (`internal://../../etc/passwd`) names nothing inside it.
  return name.replace(/\\/g, '/').split('/').includes('..') ? undefined : name;
}
