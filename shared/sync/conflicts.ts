/**
 * Which concurrent edits merge silently and which the student must see. Codings never
 * conflict: each segment is its own document, so two coders coding one transcript both keep
 * theirs. A document edited on two machines keeps every version (CouchDB's revision tree);
 * when the versions differ in text someone wrote (a memo, a summary, a conclusion …) the
 * conflict is surfaced with both versions, otherwise every replica keeps the same
 * deterministic winner and nothing is lost that anyone wrote.
 */
import type { SyncDoc } from './docs';
import type { DocType } from './ids';

/** The written text of each document type: differences here are never settled silently. */
export const TEXT_FIELDS: Record<DocType, readonly string[]> = {
  project: ['title', 'focus', 'journal', 'researcher', 'institution'],
  code: ['label', 'definition', 'memo'],
  informant: ['memo'],
  document: ['title', 'memo'],
  segment: ['memo', 'reduced', 'codeIds'],
  coder: [],
  cellSummary: ['text'],
  triangulationNote: ['note', 'verdict'],
  conclusion: ['text', 'verdict', 'evidenceSegmentIds'],
  comment: ['text'],
  doctext: [],
};

/** A document with more than one live version, as the student is shown it. */
export interface SurfacedConflict {
  id: string;
  type: DocType;
  /** The fields whose text differs between the versions. */
  fields: string[];
  /** Every live version, the one every replica shows first. */
  versions: SyncDoc[];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Judges the live versions of one document (`winner` first, then the losing leaves):
 * null when they differ in nothing anyone wrote (the winner stands, silently), otherwise the
 * conflict to surface.
 */
export function judgeConflict(winner: SyncDoc, losers: readonly SyncDoc[]): SurfacedConflict | null {
  const fields = (TEXT_FIELDS[winner.type] ?? []).filter((field) => losers.some((l) => !same(l[field], winner[field])));
  if (fields.length === 0) return null;
  return { id: winner._id, type: winner.type, fields, versions: [winner, ...losers] };
}

/** A row deleted on one machine while edited on another: the edit won, the deletion is reported. */
export interface RacedDeletion {
  id: string;
  type: DocType;
  /** The deleted leaf revisions beside the live winner. */
  deletedRevs: string[];
}

/**
 * From one document's leaf revisions (`changes({style:'all_docs'})`) and its winner and live
 * conflicts: the deleted leaves a live winner hides, or null. CouchDB lets a live edit beat a
 * concurrent deletion without listing the deletion in `_conflicts`; Pilah reports it.
 */
export function racedDeletion(winner: SyncDoc, leafRevs: readonly string[]): RacedDeletion | null {
  if (winner._deleted) return null;
  const live = new Set([winner._rev, ...(winner._conflicts ?? [])]);
  const deletedRevs = leafRevs.filter((rev) => !live.has(rev));
  return deletedRevs.length > 0 ? { id: winner._id, type: winner.type, deletedRevs } : null;
}
