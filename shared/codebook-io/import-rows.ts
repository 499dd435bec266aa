/**
 * Adds a codebook read from a spreadsheet to the open project as one changeset. A row whose
 * name already exists under the same parent merges into that code (it only fills in an empty
 * definition); every other row becomes a new code. Any bad row — empty name, bad colour,
 * unknown or ambiguous parent, a repeated row — stops the whole import: the student gets
 * every problem at once, and the project is not changed.
 */
import { nextColor, tintOf } from '../frameworks/palette';
import type { Changeset, ProjectState } from '../model/changeset';
import type { Code } from '../model/types';
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
const key = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

const HEX = /^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/;

/** `#RGB`, `RRGGBB` … as `#RRGGBB`; null when it is not a hex colour. */
function normalizeColour(value: string): string | null {
  const match = HEX.exec(value.trim());
  if (!match) return null;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((c) => c + c).join('') : match[1]!;
  return `#${hex.toUpperCase()}`;
}

interface PendingRow {
  row: NumberedRow;
  name: string;
  /** The parent as written: [] for the top, one name, or a path from the top. */
  parentPath: string[];
  colour: string | null;
}

/** A checked row: its name and parent split out, its colour normalised; or what is wrong with it. */
function checkRow(row: NumberedRow): PendingRow | RowProblem {
  let name = row.name.trim();
  let parent = row.parent.trim();
  // ATLAS.ti and others flatten hierarchies into names: "A::B" with no parent is B under A.
  if (!parent && name.includes(PATH_SEPARATOR)) {
    const parts = name.split(PATH_SEPARATOR);
    name = parts.pop()!.trim();
    parent = parts.join(PATH_SEPARATOR);
  } else if (parent && name.startsWith(`${parent}${PATH_SEPARATOR}`)) {
    // A name made unique by its path (Pilah's Taguette CSV: "A::B" under "A"): B under A.
    name = name.slice(parent.length + PATH_SEPARATOR.length).trim();
  }
  if (!name) return { row: row.row, code: 'empty-name', value: '' };
  const colour = row.colour.trim() ? normalizeColour(row.colour) : null;
  if (row.colour.trim() && colour === null) return { row: row.row, code: 'invalid-colour', value: row.colour.trim() };
  return { row, name, parentPath: parent ? parent.split(PATH_SEPARATOR).map((p) => p.trim()) : [], colour };
}

/**
 * The codes of the project and of the file so far, indexed by parent and by name, so that
 * resolving a row costs the same however large the codebook is.
 */
class CodeIndex {
  private readonly byParent = new Map<string | null, Map<string, Code>>();
  private readonly byName = new Map<string, Code[]>();
  private readonly nextOrder = new Map<string | null, number>();
  private readonly childCount = new Map<string | null, number>();
  readonly colours: string[] = [];

  add(code: Code): void {
    const siblings = this.byParent.get(code.parentId) ?? new Map<string, Code>();
    this.byParent.set(code.parentId, siblings);
    for (const name of new Set([key(code.label.id), key(code.label.en)])) {
      if (name === '') continue;
      if (!siblings.has(name)) siblings.set(name, code);
      this.byName.set(name, [...(this.byName.get(name) ?? []), code]);
    }
    this.nextOrder.set(code.parentId, Math.max(this.nextOrder.get(code.parentId) ?? 0, code.order + 1));
    this.childCount.set(code.parentId, (this.childCount.get(code.parentId) ?? 0) + 1);
    this.colours.push(code.color);
  }

  child(parentId: string | null, name: string): Code | undefined {
    return this.byParent.get(parentId)?.get(key(name));
  }

  named(name: string): Code[] {
    return this.byName.get(key(name)) ?? [];
  }

  siblingCount(parentId: string | null): number {
    return this.childCount.get(parentId) ?? 0;
  }

  orderAfterSiblings(parentId: string | null): number {
    return this.nextOrder.get(parentId) ?? 0;
  }

  /** The codes a parent as written can mean: by unique name, or by its path from the top. */
  resolve(path: readonly string[]): Code[] {
    if (path.length === 1) return this.named(path[0]!);
    let current: Code | undefined;
    for (const part of path) {
      current = this.child(current ? current.id : null, part);
      if (!current) return [];
    }
    return [current!];
  }
}

/**
 * Plans the import of `rows` into `state`. Rows may name parents that appear later in the
 * file; a parent is given as a name (it must be unique) or a name path `A::B`. A name
 * written as a path with no parent (`A::B` in the name column) is read as B under A. New
 * codes get the same label and definition in both languages, as codes added by hand do.
 */
export function importCodebookRows(state: ProjectState, rows: readonly NumberedRow[]): CodebookImportResult {
  const problems: RowProblem[] = [];
  let pending: PendingRow[] = [];
  for (const row of rows) {
    const checked = checkRow(row);
    if ('parentPath' in checked) pending.push(checked);
    else problems.push(checked);
  }

  const index = new CodeIndex();
  for (const code of Object.values(state.codes)) index.add(code);
  const puts = new Map<string, Code>();
  const placedBy = new Map<string, number>();
  const byBareName: PendingRow[] = [];
  const summary: CodebookImportSummary = { added: 0, merged: 0, definitionsFilled: 0 };

  const place = (item: PendingRow, parent: Code | null): void => {
    const parentId = parent ? parent.id : null;
    const existing = index.child(parentId, item.name);
    const earlierRow = existing ? placedBy.get(existing.id) : undefined;
    if (earlierRow !== undefined) {
      problems.push({ row: item.row.row, code: 'duplicate', value: String(earlierRow) });
      return;
    }
    if (existing) {
      placedBy.set(existing.id, item.row.row);
      summary.merged++;
      const definition = item.row.definition.trim();
      if (definition && !existing.definition.id.trim() && !existing.definition.en.trim()) {
        puts.set(existing.id, { ...existing, definition: { id: definition, en: definition } });
        summary.definitionsFilled++;
      }
      return;
    }
    const definition = item.row.definition.trim();
    const code: Code = {
      id: crypto.randomUUID(),
      projectId: state.project.id,
      parentId,
      label: { id: item.name, en: item.name },
      definition: { id: definition, en: definition },
      // As when a code is added by hand: a tint of the parent, else the least used palette colour.
      color: item.colour ?? (parent ? tintOf(parent.color, index.siblingCount(parentId)) : nextColor(index.colours)),
      source: '',
      frameworkId: null,
      order: index.orderAfterSiblings(parentId),
      memo: '',
    };
    index.add(code);
    puts.set(code.id, code);
    placedBy.set(code.id, item.row.row);
    summary.added++;
  };

  // Each pass places the rows whose parent is known by now; a parent defined further down
  // the file is found in a later pass.
  for (let progress = true; pending.length > 0 && progress; ) {
    const waiting: PendingRow[] = [];
    for (const item of pending) {
      const candidates = item.parentPath.length === 0 ? null : index.resolve(item.parentPath);
      if (candidates !== null && candidates.length === 0) waiting.push(item);
      else if (candidates !== null && candidates.length > 1) problems.push({ row: item.row.row, code: 'ambiguous-parent', value: item.parentPath.join(PATH_SEPARATOR) });
      else {
        if (item.parentPath.length === 1) byBareName.push(item);
        place(item, candidates === null ? null : candidates[0]!);
      }
    }
    progress = waiting.length < pending.length;
    pending = waiting;
  }
  // A parent named without its path must stay unique once the whole file is in.
  for (const item of byBareName) {
    if (index.named(item.parentPath[0]!).length > 1) problems.push({ row: item.row.row, code: 'ambiguous-parent', value: item.parentPath[0]! });
  }
  for (const item of pending) problems.push({ row: item.row.row, code: 'unknown-parent', value: item.parentPath.join(PATH_SEPARATOR) });
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.row - b.row) };
  return { ok: true, changeset: puts.size > 0 ? { put: { codes: [...puts.values()] } } : {}, summary };
}
