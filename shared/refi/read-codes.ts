/**
 * The codebook of a REFI-QDA file as Pilah codes. Hierarchy arrives nested (the standard)
 * or, from ATLAS.ti 8, flattened into names such as `Coke::diet Coke`; both become a tree.
 * Codes are keyed by GUID, so codes that share a name (NVivo's `citizenship` ×3) stay apart.
 */
import type { Code } from '../model/types';
import { PALETTE } from '../frameworks/palette';
import { derivedGuid } from './guid';
import type { IdAllocator } from './id-allocator';
import { ProjectFileError } from './errors';
import type { NoteIndex } from './read-notes';
import { childNamed, childrenNamed, itemsIn, MAX_CODE_DEPTH, type XmlElement } from './xml-tree';

/** ATLAS.ti 8 writes a code's path in its name with this separator. */
const PATH_SEPARATOR = '::';

export interface CodeReading {
  codes: Code[];
  /** How many codes came with their hierarchy flattened into the name. */
  unflattened: number;
}

/**
 * Reads the `<Codes>` inside `holder` (a project's `<CodeBook>`, or a `.qdc`'s root) into
 * codes with parent ids, in tree order. With `rebuildPaths`, `A::B` names become a tree.
 */
export function readCodes(holder: XmlElement | undefined, projectId: string, ids: IdAllocator, notes: NoteIndex | null, rebuildPaths: boolean): CodeReading {
  const codes: Code[] = [];
  // Depth-first with an explicit stack: a deep tree must not exhaust the call stack.
  const pending: { element: XmlElement; parentId: string | null; order: number; depth: number }[] = [];
  const pushChildren = (elements: XmlElement[], parentId: string | null, depth: number): void => {
    for (let i = elements.length - 1; i >= 0; i--) pending.push({ element: elements[i]!, parentId, order: i, depth });
  };
  if (holder) pushChildren(itemsIn(holder, 'Codes', 'Code'), null, 1);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { element, parentId, order, depth } = next;
    if (depth > MAX_CODE_DEPTH) throw new ProjectFileError('too-deep', `codes nested more than ${MAX_CODE_DEPTH} deep`);
    const id = ids.take(element, 'code', codes.length);
    codes.push({
      id,
      projectId,
      parentId,
      label: { id: element.attributes.name ?? '', en: '' },
      definition: { id: childNamed(element, 'Description')?.text ?? '', en: '' },
      color: hexColor(element.attributes.color) ?? PALETTE[codes.length % PALETTE.length]!.hex,
      source: '',
      frameworkId: null,
      order,
      memo: notes ? notes.textFor(element) : '',
    });
    pushChildren(childrenNamed(element, 'Code'), id, depth + 1);
  }
  const unflattened = rebuildPaths ? rebuildFlattenedPaths(codes, projectId) : 0;
  return { codes, unflattened };
}

/**
 * Top-level codes named `A::B::C` move under `A::B`, found among the codes (by its full
 * path) or made for the purpose, and keep `C` as their label. Returns how many moved.
 */
function rebuildFlattenedPaths(codes: Code[], projectId: string): number {
  const byPath = new Map<string, Code>();
  for (const code of codes) if (code.parentId === null && !byPath.has(code.label.id)) byPath.set(code.label.id, code);
  let moved = 0;
  const parentFor = (path: string[]): Code => {
    const key = path.join(PATH_SEPARATOR);
    const found = byPath.get(key);
    if (found) return found;
    const grandParent = path.length > 1 ? parentFor(path.slice(0, -1)) : null;
    const made: Code = {
      id: derivedGuid('code-path', key),
      projectId,
      parentId: grandParent?.id ?? null,
      label: { id: path[path.length - 1]!, en: '' },
      definition: { id: '', en: '' },
      color: grandParent?.color ?? PALETTE[codes.length % PALETTE.length]!.hex,
      source: '',
      frameworkId: null,
      order: codes.length,
      memo: '',
    };
    codes.push(made);
    byPath.set(key, made);
    return made;
  };
  for (const code of [...codes]) {
    if (code.parentId !== null) continue;
    const parts = code.label.id.split(PATH_SEPARATOR).map((p) => p.trim());
    if (parts.length < 2 || parts.some((p) => p === '')) continue;
    if (parts.length > MAX_CODE_DEPTH) throw new ProjectFileError('too-deep', `a code path of ${parts.length} levels`);
    const parent = parentFor(parts.slice(0, -1));
    if (parent === code) continue;
    code.parentId = parent.id;
    code.label = { ...code.label, id: parts[parts.length - 1]! };
    moved++;
  }
  return moved;
}

/** `#RGB` or `#RRGGBB` as `#RRGGBB`; undefined for anything else. */
function hexColor(value: string | undefined): string | undefined {
  const v = value?.trim() ?? '';
  if (/^#[0-9a-fA-F]{6}$/.test(v)) return v;
  if (/^#[0-9a-fA-F]{3}$/.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`.toUpperCase();
  return undefined;
}
