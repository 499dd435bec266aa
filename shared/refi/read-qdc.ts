/**
 * Reads a REFI-QDA codebook (.qdc): plain UTF-8 XML with `<CodeBook><Codes>…`. Namespaces
 * are matched leniently (ATLAS.ti writes `codebook:0:4`, Taguette an XSD-invalid empty
 * `<Sets/>`); a file cut off half-way is refused whole, so no partial codebook is ever added.
 */
import type { Code } from '../model/types';
import { ProjectFileError, type ProjectFileWarning } from './errors';
import { normalizeGuid } from './guid';
import { IdAllocator } from './id-allocator';
import { readCodes } from './read-codes';
import { itemsIn, parseXmlTree, type XmlElement } from './xml-tree';

export interface ReadQdcResult {
  /** The codebook's codes, parents before children; ids are the file's GUIDs, projectId ''. */
  codes: Code[];
  /** What the codebook held that Pilah leaves out (code groups). */
  warnings: ProjectFileWarning[];
}

/** Well beyond any real codebook (300 codes with long definitions are ~150 KB). */
const MAX_QDC_BYTES = 32 * 1024 * 1024;

/**
 * Parses a `.qdc`. Hierarchy comes nested or as `Parent::Child` names; duplicate names
 * stay distinct codes.
 * @throws ProjectFileError 'malformed-codebook', 'not-a-codebook' or 'unsafe-xml'.
 */
export function readQdc(bytes: Uint8Array): ReadQdcResult {
  if (bytes.length > MAX_QDC_BYTES) throw new ProjectFileError('zip-bomb', `${bytes.length} bytes`);
  const root = parseCodebook(new TextDecoder('utf-8').decode(bytes));
  if (root.name !== 'CodeBook') throw new ProjectFileError('not-a-codebook', `root element is <${root.name}>`);
  const ids = new IdAllocator(normalizeGuid);
  const { codes, unflattened } = readCodes(root, '', ids, null, true);
  const warnings: ProjectFileWarning[] = [];
  if (unflattened > 0) warnings.push({ code: 'rebuilt-hierarchy', what: '::', count: unflattened });
  const sets = itemsIn(root, 'Sets', 'Set');
  if (sets.length > 0) warnings.push({ code: 'skipped-sets', what: 'Set', count: sets.length });
  return { codes: parentsFirst(codes), warnings };
}

function parseCodebook(xml: string): XmlElement {
  try {
    return parseXmlTree(xml);
  } catch (err) {
    if (err instanceof ProjectFileError && err.code === 'malformed-xml') throw new ProjectFileError('malformed-codebook', err.message);
    throw err;
  }
}

/** Codes ordered so that every parent comes before its children (rebuilt parents are appended last). */
function parentsFirst(codes: Code[]): Code[] {
  const children = new Map<string | null, Code[]>();
  for (const code of codes) {
    const siblings = children.get(code.parentId);
    if (siblings) siblings.push(code);
    else children.set(code.parentId, [code]);
  }
  const ordered: Code[] = [];
  const visit = (parentId: string | null): void => {
    for (const code of children.get(parentId) ?? []) {
      ordered.push(code);
      visit(code.id);
    }
  };
  visit(null);
  return ordered;
}
