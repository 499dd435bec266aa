/**
 * Editing the codebook: add, rename, recolour, move, merge and delete codes. Each function
 * returns the changeset of one undoable action and leaves the state untouched.
 */
import { isHexColor, nextColor, tintOf } from '../frameworks/palette';
import type { Changeset, ProjectState } from '../model/changeset';
import type { Code, Locale, LocalizedText, Segment } from '../model/types';
import { childrenOf, descendantIds } from './code-tree';
import { DomainError } from './errors';
import { moveAnalysis } from './merge-analysis';
import { requireCode } from './require-row';

export interface NewCodeInput {
  parentId: string | null;
  label: string;
  /**
   * The language the label and definition are written in. A new code starts with the same
   * text in both languages; the other one follows later edits until it is translated.
   */
  locale?: Locale;
  /** #RRGGBB; default: a tint of the parent, or the next free palette colour at the top. */
  color?: string;
  definition?: string;
}

export interface CodePatch {
  label?: string;
  definition?: string;
  color?: string;
  memo?: string;
  source?: string;
}

function requireColor(color: string): string {
  if (!isHexColor(color)) throw new DomainError('invalid-color', color);
  return color.toUpperCase();
}

/**
 * Sets the text of one language. The other language follows along while it is empty or
 * still identical to the old text (the student never translated it), so a rename in
 * Indonesian is not left behind as a stale English label.
 */
function setInStep(text: LocalizedText, value: string, locale: Locale): LocalizedText {
  const other: Locale = locale === 'id' ? 'en' : 'id';
  const next: LocalizedText = { ...text, [locale]: value };
  if (text[other] === '' || text[other] === text[locale]) next[other] = value;
  return next;
}

function nextOrder(siblings: readonly Code[]): number {
  return siblings.reduce((max, code) => Math.max(max, code.order + 1), 0);
}

/**
 * A new code under `parentId` (null = top level), placed after its siblings. The label is
 * trimmed and must not be empty (DomainError('empty-label')).
 */
export function addCode(state: ProjectState, input: NewCodeInput): { changeset: Changeset; codeId: string } {
  const label = input.label.trim();
  if (!label) throw new DomainError('empty-label');
  const parent = input.parentId === null ? null : requireCode(state, input.parentId);
  const siblings = childrenOf(state, input.parentId);
  const color = input.color
    ? requireColor(input.color)
    : parent
      ? tintOf(parent.color, siblings.length)
      : nextColor(Object.values(state.codes).map((c) => c.color));
  const definition = input.definition?.trim() ?? '';
  const code: Code = {
    id: crypto.randomUUID(),
    projectId: state.project.id,
    parentId: input.parentId,
    label: { id: label, en: label },
    definition: { id: definition, en: definition },
    color,
    source: '',
    frameworkId: null,
    order: nextOrder(siblings),
    memo: '',
  };
  return { changeset: { put: { codes: [code] } }, codeId: code.id };
}

/**
 * Renames, redefines, recolours or annotates a code. Label and definition are written in
 * `locale`; an empty label is refused. Returns an empty changeset when nothing changes.
 */
export function updateCode(state: ProjectState, codeId: string, patch: CodePatch, locale: Locale): Changeset {
  const code = requireCode(state, codeId);
  const next: Code = { ...code };
  if (patch.label !== undefined) {
    const label = patch.label.trim();
    if (!label) throw new DomainError('empty-label');
    next.label = setInStep(code.label, label, locale);
  }
  if (patch.definition !== undefined) next.definition = setInStep(code.definition, patch.definition.trim(), locale);
  if (patch.color !== undefined) next.color = requireColor(patch.color);
  if (patch.memo !== undefined) next.memo = patch.memo;
  if (patch.source !== undefined) next.source = patch.source.trim();
  const changed =
    next.label.id !== code.label.id ||
    next.label.en !== code.label.en ||
    next.definition.id !== code.definition.id ||
    next.definition.en !== code.definition.en ||
    next.color !== code.color ||
    next.memo !== code.memo ||
    next.source !== code.source;
  return changed ? { put: { codes: [next] } } : {};
}

/** Puts each code whose order (or parent) differs from its position in `ordered`. */
function renumber(ordered: readonly Code[], parentId: string | null, into: Map<string, Code>): void {
  ordered.forEach((code, i) => {
    if (code.order !== i || code.parentId !== parentId) into.set(code.id, { ...code, parentId, order: i });
  });
}

/**
 * Moves a code (with its sub-codes) under `newParentId` at `index` among the new siblings
 * (default: last), renumbering the siblings it leaves and joins. Refuses to move a code
 * under itself or its own descendants (DomainError('cycle')).
 */
export function moveCode(state: ProjectState, codeId: string, newParentId: string | null, index?: number): Changeset {
  const code = requireCode(state, codeId);
  if (newParentId !== null) {
    requireCode(state, newParentId);
    if (newParentId === codeId || descendantIds(state, codeId).includes(newParentId)) throw new DomainError('cycle');
  }
  const changed = new Map<string, Code>();
  const newSiblings = childrenOf(state, newParentId).filter((c) => c.id !== codeId);
  const at = Math.min(Math.max(index ?? newSiblings.length, 0), newSiblings.length);
  newSiblings.splice(at, 0, code);
  renumber(newSiblings, newParentId, changed);
  if (code.parentId !== newParentId) {
    renumber(
      childrenOf(state, code.parentId).filter((c) => c.id !== codeId),
      code.parentId,
      changed,
    );
  }
  return changed.size ? { put: { codes: [...changed.values()] } } : {};
}

/** How much coding hangs on a code: what a student must be told before deleting it. */
export function codeUsage(state: ProjectState, codeId: string): { segments: number; descendants: number } {
  requireCode(state, codeId);
  const descendants = descendantIds(state, codeId);
  const ids = new Set([codeId, ...descendants]);
  let segments = 0;
  for (const segment of Object.values(state.segments)) {
    if (segment.codeIds.some((id) => ids.has(id))) segments++;
  }
  return { segments, descendants: descendants.length };
}

function appendText(target: string, addition: string): string {
  const a = target.trim();
  const b = addition.trim();
  if (!b || a.includes(b)) return target;
  return a ? `${a}\n\n${b}` : b;
}

/** The project patch that keeps the active framework pointing at a code that still exists. */
function activeFrameworkPatch(state: ProjectState, removed: ReadonlySet<string>, replacement: string | null): Changeset {
  const active = state.project.settings.activeFrameworkCodeId;
  if (active === null || !removed.has(active)) return {};
  return { project: { settings: { ...state.project.settings, activeFrameworkCodeId: replacement } } };
}

/**
 * Merges `sourceId` into `targetId`: every segment coded with the source is coded with the
 * target instead (never twice), the source's sub-codes move under the target, its memo and
 * definition are appended to the target's, and the source is deleted. Refuses to merge a
 * code into itself ('merge-self') or into one of its own sub-codes ('cycle').
 */
export function mergeCodes(
  state: ProjectState,
  sourceId: string,
  targetId: string,
  now: string = new Date().toISOString(),
): Changeset {
  const source = requireCode(state, sourceId);
  const target = requireCode(state, targetId);
  if (sourceId === targetId) throw new DomainError('merge-self');
  if (descendantIds(state, sourceId).includes(targetId)) throw new DomainError('cycle');

  const segments: Segment[] = [];
  for (const segment of Object.values(state.segments)) {
    if (!segment.codeIds.includes(sourceId)) continue;
    const codeIds = [...new Set(segment.codeIds.map((id) => (id === sourceId ? targetId : id)))];
    segments.push({ ...segment, codeIds, modifiedAt: now });
  }

  const codes: Code[] = [
    {
      ...target,
      memo: appendText(target.memo, source.memo),
      definition: {
        id: appendText(target.definition.id, source.definition.id),
        en: appendText(target.definition.en, source.definition.en),
      },
    },
  ];
  let order = nextOrder(childrenOf(state, targetId));
  for (const child of childrenOf(state, sourceId)) codes.push({ ...child, parentId: targetId, order: order++ });

  const changeset: Changeset = {
    ...activeFrameworkPatch(state, new Set([sourceId]), targetId),
    put: { codes },
    delete: { codes: [sourceId] },
  };
  if (segments.length) changeset.put!.segments = segments;
  const { deleted, ...analysis } = moveAnalysis(state, sourceId, targetId, now);
  Object.assign(changeset.put!, analysis);
  if (deleted.cellSummaries.length) changeset.delete!.cellSummaries = deleted.cellSummaries;
  if (deleted.triangulationNotes.length) changeset.delete!.triangulationNotes = deleted.triangulationNotes;
  return changeset;
}

/**
 * Deletes a code and all its sub-codes, takes them off every segment, and deletes the
 * segments left with no code at all (with their memos and reduced statements — the UI asks
 * first and offers merging instead; undo brings everything back).
 */
export function deleteCode(state: ProjectState, codeId: string, now: string = new Date().toISOString()): Changeset {
  requireCode(state, codeId);
  const removed = new Set([codeId, ...descendantIds(state, codeId)]);
  const put: Segment[] = [];
  const deleted: string[] = [];
  for (const segment of Object.values(state.segments)) {
    if (!segment.codeIds.some((id) => removed.has(id))) continue;
    const codeIds = segment.codeIds.filter((id) => !removed.has(id));
    if (codeIds.length === 0) deleted.push(segment.id);
    else put.push({ ...segment, codeIds, modifiedAt: now });
  }
  const changeset: Changeset = {
    ...activeFrameworkPatch(state, removed, null),
    delete: { codes: [...removed] },
  };
  if (put.length) changeset.put = { segments: put };
  if (deleted.length) changeset.delete!.segments = deleted;
  return changeset;
}
