/**
 * Lays Pilah's extras over the standard part read from `project.qde`. The standard part
 * says what other tools can see and edit (names, tree, texts, ranges, codings, memos); the
 * extras restore what REFI-QDA has no place for.
 */
import type { ProjectSnapshot } from '../model/types';
import type { PilahExtras } from './extras';
import { guidForId, normalizeGuid } from './guid';

/**
 * The Pilah id for each GUID the writer derived from an id in the extras, so that ids that
 * are not GUIDs come back as they were.
 */
export function idsFromExtras(extras: PilahExtras): Map<string, string> {
  const ids = new Map<string, string>();
  const add = (id: string): void => {
    ids.set(normalizeGuid(guidForId(id)), id);
  };
  for (const id of Object.keys(extras.codes)) add(id);
  for (const informant of extras.informants) add(informant.id);
  for (const id of Object.keys(extras.documents)) add(id);
  for (const id of Object.keys(extras.segments)) add(id);
  for (const coder of extras.coders) add(coder.id);
  return ids;
}

/** A record's own entry: ids come from the file, and "constructor" must not find Object's. */
const own = <T>(record: Record<string, T>, id: string): T | undefined => (Object.hasOwn(record, id) ? record[id] : undefined);

/** The snapshot with the extras' fields restored; entities the extras do not know keep what the file said. */
export function overlayExtras(base: ProjectSnapshot, extras: PilahExtras): ProjectSnapshot {
  const project = { ...extras.project, settings: { ...extras.project.settings } };
  const projectId = project.id;
  const codes = base.codes.map((code) => ({ ...code, projectId, ...own(extras.codes, code.id) }));
  const extraInformants = new Map(extras.informants.map((i) => [i.id, i]));
  const informants = base.informants.map((informant) => ({ ...(extraInformants.get(informant.id) ?? informant), projectId }));
  const seen = new Set(informants.map((i) => i.id));
  // An informant with nothing to show in REFI-QDA terms is still the student's informant.
  for (const informant of extras.informants) if (!seen.has(informant.id)) informants.push({ ...informant, projectId });
  informants.sort((a, b) => a.order - b.order);
  const documents = base.documents
    .map((document) => ({ ...document, projectId, ...own(extras.documents, document.id) }))
    .sort((a, b) => a.order - b.order);
  const segments = base.segments.map((segment) => ({ ...segment, projectId, ...own(extras.segments, segment.id) }));
  // The analysis tables live only in the extras; comments follow their targets' ids.
  return {
    project,
    codes,
    informants,
    documents,
    segments,
    coders: extras.coders.map((c) => ({ ...c, projectId })),
    cellSummaries: extras.cellSummaries.map((c) => ({ ...c, projectId })),
    triangulationNotes: extras.triangulationNotes.map((n) => ({ ...n, projectId })),
    conclusions: extras.conclusions.map((c) => ({ ...c, projectId })),
    comments: extras.comments.map((c) => ({ ...c, projectId })),
  };
}
