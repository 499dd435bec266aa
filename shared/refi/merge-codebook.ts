/**
 * Adds a codebook from another tool (a .qdc, see readQdc) to the open project as one
 * undoable action (label `commands:importCodebook`). A code whose GUID the project already
 * has, or whose name it already has under the same parent, merges into that code and only
 * fills in an empty definition; every other code is appended under its parent.
 */
import type { Changeset, ProjectState } from '../model/changeset';
import type { Code } from '../model/types';

export interface CodebookMerge {
  changeset: Changeset;
  /** Codes new to the project. */
  added: number;
  /** Codes that matched one already in the project. */
  merged: number;
}

/** The form names are compared in: trimmed, spaces collapsed, any case. */
const nameKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');

/**
 * Plans adding `codes` (parents before children, as readQdc returns them) to `state`.
 * Returns an empty changeset when the project already has every code with its definition.
 */
export function mergeCodebook(state: ProjectState, codes: readonly Code[]): CodebookMerge {
  const existing = Object.values(state.codes);
  const target = new Map<string, string>();
  const planned = new Map<string, Code>();
  const siblings = (parentId: string | null): Code[] => [...existing, ...planned.values()].filter((c) => c.parentId === parentId);
  let added = 0;
  let merged = 0;
  for (const code of codes) {
    const parentId = code.parentId === null ? null : (target.get(code.parentId) ?? null);
    const name = code.label.id || code.label.en;
    const match =
      (Object.hasOwn(state.codes, code.id) ? state.codes[code.id] : undefined) ??
      siblings(parentId).find((c) => [c.label.id, c.label.en].some((label) => label !== '' && nameKey(label) === nameKey(name)));
    if (match) {
      merged++;
      target.set(code.id, match.id);
      const definition = code.definition.id || code.definition.en;
      const current = planned.get(match.id) ?? match;
      if (definition && !current.definition.id && !current.definition.en && Object.hasOwn(state.codes, match.id)) {
        planned.set(match.id, { ...current, definition: { id: definition, en: definition } });
      }
      continue;
    }
    // The file's GUID becomes the id, so a later import of the same codebook merges by GUID.
    const id = Object.hasOwn(state.codes, code.id) || planned.has(code.id) ? crypto.randomUUID() : code.id;
    const order = siblings(parentId).reduce((max, c) => Math.max(max, c.order + 1), 0);
    const definition = code.definition.id || code.definition.en;
    planned.set(id, {
      ...code,
      id,
      projectId: state.project.id,
      parentId,
      label: { id: name, en: name },
      definition: { id: definition, en: definition },
      order,
    });
    target.set(code.id, id);
    added++;
  }
  return { changeset: planned.size > 0 ? { put: { codes: [...planned.values()] } } : {}, added, merged };
}
