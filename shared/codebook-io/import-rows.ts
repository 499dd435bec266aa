/**
 * Adds a codebook read from a spreadsheet to the open project as one changeset. A row whose
 * name already exists under the same parent merges into that code (it only fills in an empty
 * definition); every other row becomes a new code. Any bad row — empty name, bad colour,
 * unknown or ambiguous parent, a repeated row — stops the whole import: the student gets
 * every problem at once, and the project is not changed.
 */
import type { Changeset, ProjectState } from '../model/changeset';
import { applyChangeset } from '../model/changeset';
import type { Code, Locale } from '../model/types';
import { addCode } from '../project/codebook';
import { PATH_SEPARATOR, type NumberedRow } from './rows';
import type { RowProblem } from './problems';

export interface CodebookImportSummary {
  /** Codes that were new to the project. */
  added: number;
  /** Rows that matched a code already in the project. */
  merged: number;
  /** Of the merged codes, those whose empty definition the file filled in. */
  definitionsFilled: number;
}

export type CodebookImportResult =
  | { ok: true; changeset: Changeset; summary: CodebookImportSummary }
  | { ok: false; problems: RowProblem[] };

/** The form names are compared in: trimmed, spaces collapsed, any case. */
const key = (name: string): string => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');

const HEX = /^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/;

/** `#RGB`, `RRGGBB` … as `#RRGGBB`; null when it is not a hex colour. */
function normalizeColour(value: string): string | null {
  const match = HEX.exec(value.trim());
  if (!match) return null;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((c) => c + c).join('') : match[1]!;
  return `#${hex.toUpperCase()}`;
}

/** A code of the tree being built: one already in the project, or one a row will add. */
interface Node {
  id: string;
  /** Compared forms of every name it goes by (a project code has an Indonesian and an English label). */
  keys: string[];
  parentId: string | null;
}

/**
 * Plans the import of `rows` into `state`. Rows may name parents that appear later in the
 * file; a parent is given as a name (it must be unique) or a name path `A::B`. A name
 * written as a path with no parent (`A::B` in the name column) is read as B under A.
 */
export function importCodebookRows(state: ProjectState, rows: readonly NumberedRow[], locale: Locale): CodebookImportResult {
  const problems: RowProblem[] = [];
  const pending: { row: NumberedRow; name: string; parentPath: string[]; colour: string | null }[] = [];
  for (const row of rows) {
    let name = row.name.trim();
    let parent = row.parent.trim();
    if (!parent && name.includes(PATH_SEPARATOR)) {
      const parts = name.split(PATH_SEPARATOR);
      name = parts.pop()!.trim();
      parent = parts.join(PATH_SEPARATOR);
    }
    if (!name) {
      problems.push({ row: row.row, code: 'empty-name', value: '' });
      continue;
    }
    const colour = row.colour.trim() ? normalizeColour(row.colour) : null;
    if (row.colour.trim() && colour === null) {
      problems.push({ row: row.row, code: 'invalid-colour', value: row.colour.trim() });
      continue;
    }
    const parentPath = parent ? parent.split(PATH_SEPARATOR).map((p) => p.trim()) : [];
    pending.push({ row, name, parentPath, colour });
  }

  const nodes: Node[] = Object.values(state.codes).map((c) => ({ id: c.id, keys: [key(c.label.id), key(c.label.en)].filter((k) => k !== ''), parentId: c.parentId }));
  const byName = (name: string): Node[] => nodes.filter((n) => n.keys.includes(key(name)));
  const childNamed = (parentId: string | null, name: string): Node | undefined => nodes.find((n) => n.parentId === parentId && n.keys.includes(key(name)));
  const resolvePath = (path: string[]): Node[] => {
    if (path.length === 1) return byName(path[0]!);
    let current: Node | undefined;
    for (const part of path) {
      current = childNamed(current ? current.id : null, part);
      if (!current) return [];
    }
    return [current!];
  };

  let working = state;
  const puts = new Map<string, Code>();
  const placedBy = new Map<string, number>();
  const byBareName: (typeof pending)[number][] = [];
  const summary: CodebookImportSummary = { added: 0, merged: 0, definitionsFilled: 0 };
  // Each pass places the rows whose parent is known by now; a parent defined further down
  // the file is found in a later pass.
  let progress = true;
  while (pending.length > 0 && progress) {
    progress = false;
    for (let i = 0; i < pending.length; i++) {
      const item = pending[i]!;
      const candidates = item.parentPath.length === 0 ? null : resolvePath(item.parentPath);
      if (candidates !== null && candidates.length === 0) continue;
      if (candidates !== null && candidates.length > 1) {
        problems.push({ row: item.row.row, code: 'ambiguous-parent', value: item.parentPath.join(PATH_SEPARATOR) });
      } else {
        const parentId = candidates === null ? null : candidates[0]!.id;
        if (item.parentPath.length === 1) byBareName.push(item);
        const existing = childNamed(parentId, item.name);
        const earlierRow = existing ? placedBy.get(existing.id) : undefined;
        if (earlierRow !== undefined) {
          problems.push({ row: item.row.row, code: 'duplicate', value: String(earlierRow) });
        } else if (existing) {
          placedBy.set(existing.id, item.row.row);
          summary.merged++;
          const code = puts.get(existing.id) ?? working.codes[existing.id]!;
          const definition = item.row.definition.trim();
          if (definition && !code.definition.id.trim() && !code.definition.en.trim()) {
            const filled: Code = { ...code, definition: { id: definition, en: definition } };
            puts.set(filled.id, filled);
            working = applyChangeset(working, { put: { codes: [filled] } });
            summary.definitionsFilled++;
          }
        } else {
          const { changeset, codeId } = addCode(working, {
            parentId,
            label: item.name,
            locale,
            color: item.colour ?? undefined,
            definition: item.row.definition,
          });
          working = applyChangeset(working, changeset);
          puts.set(codeId, working.codes[codeId]!);
          nodes.push({ id: codeId, keys: [key(item.name)], parentId });
          placedBy.set(codeId, item.row.row);
          summary.added++;
        }
      }
      pending.splice(i, 1);
      i--;
      progress = true;
    }
  }
  // A parent named without its path must stay unique once the whole file is in.
  for (const item of byBareName) {
    if (byName(item.parentPath[0]!).length > 1) problems.push({ row: item.row.row, code: 'ambiguous-parent', value: item.parentPath[0]! });
  }
  for (const item of pending) problems.push({ row: item.row.row, code: 'unknown-parent', value: item.parentPath.join(PATH_SEPARATOR) });
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.row - b.row) };
  return { ok: true, changeset: puts.size > 0 ? { put: { codes: [...puts.values()] } } : {}, summary };
}
