/**
 * The warnings a careful supervisor gives before the conclusions chapter is read: a
 * conclusion that rests on nothing, an indicator only one informant group speaks to, an
 * informant never quoted, a code never used. Each warning names what it is about, so the
 * screen can open the card, the transcript or the code behind it.
 */
import { displayIndex } from '../display/display-index';
import type { ProjectState } from '../model/changeset';
import { questionsNeverAsked } from '../instruments/answers';
import { conclusionCards } from './cards';

export type ConclusionWarning =
  /** A conclusion without a single (still existing) evidence segment. */
  | { kind: 'no-evidence'; conclusionId: string; codeId: string }
  /** An indicator whose interview segments all come from informants of one group. */
  | { kind: 'one-group'; codeId: string; group: string; segmentIds: string[] }
  /** An informant with no coded segment in any of their documents (documentIds: all of them, maybe none). */
  | { kind: 'informant-never-quoted'; informantId: string; documentIds: string[] }
  /** An indicator (a code without sub-codes) with no segment. */
  | { kind: 'code-never-used'; codeId: string }
  /** Interview-guide questions meant for an informant category that none of its interviews asked. */
  | { kind: 'question-never-asked'; category: string; questionIds: string[] };

export type ConclusionWarningKind = ConclusionWarning['kind'];

/** The kinds in the order the warnings panel lists them. */
export const WARNING_KINDS: readonly ConclusionWarningKind[] = ['no-evidence', 'one-group', 'informant-never-quoted', 'code-never-used', 'question-never-asked'];

/**
 * Every warning on the project, grouped by kind in WARNING_KINDS order; within a kind in
 * codebook order (codes) or informant order (informants).
 *
 * "One group only" is judged on interview transcripts, the sources of the triangulation
 * table's group columns, and only when the project's interviewed informants belong to at
 * least two groups: with a single group every indicator would warn and none would help.
 * Segments of informants without a group make a source of their own, so they lift the
 * warning rather than count for the group.
 */
export function conclusionWarnings(state: ProjectState): ConclusionWarning[] {
  const index = displayIndex(state);
  const cards = conclusionCards(state);
  const warnings: ConclusionWarning[] = [];

  const exists = (segmentId: string): boolean => index.rank.has(segmentId);
  const conclusionsByCode = new Map<string, string[]>();
  for (const conclusion of Object.values(state.conclusions).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))) {
    if (conclusion.evidenceSegmentIds.some(exists)) continue;
    const list = conclusionsByCode.get(conclusion.codeId);
    if (list) list.push(conclusion.id);
    else conclusionsByCode.set(conclusion.codeId, [conclusion.id]);
  }
  for (const card of cards) {
    for (const conclusionId of conclusionsByCode.get(card.codeId) ?? []) warnings.push({ kind: 'no-evidence', conclusionId, codeId: card.codeId });
  }

  const interviewGroups = new Set<string>();
  for (const document of index.documents) {
    const informant = index.informantOfDocument.get(document.id);
    if (document.kind === 'interview' && informant) interviewGroups.add(informant.group.trim());
  }
  if ([...interviewGroups].filter(Boolean).length >= 2) {
    for (const card of cards) {
      if (card.level !== 'indicator') continue;
      const groups = new Set<string>();
      const segmentIds: string[] = [];
      for (const segment of index.segmentsByCode.get(card.codeId) ?? []) {
        const informant = index.informantOfDocument.get(segment.documentId);
        if (state.documents[segment.documentId]?.kind !== 'interview' || !informant) continue;
        groups.add(informant.group.trim());
        segmentIds.push(segment.id);
      }
      const [group] = groups;
      if (groups.size === 1 && group) warnings.push({ kind: 'one-group', codeId: card.codeId, group, segmentIds });
    }
  }

  const quoted = new Set<string>();
  for (const segment of index.ordered) {
    const informant = index.informantOfDocument.get(segment.documentId);
    if (informant) quoted.add(informant.id);
  }
  for (const informant of index.informants) {
    if (quoted.has(informant.id)) continue;
    const documentIds = index.documents.filter((d) => d.informantId === informant.id).map((d) => d.id);
    warnings.push({ kind: 'informant-never-quoted', informantId: informant.id, documentIds });
  }

  for (const card of cards) {
    if (card.level === 'indicator' && !(index.segmentsByCode.get(card.codeId)?.length)) warnings.push({ kind: 'code-never-used', codeId: card.codeId });
  }

  for (const { category, questionIds } of questionsNeverAsked(state)) warnings.push({ kind: 'question-never-asked', category, questionIds });
  return warnings;
}

/** How many warnings of each kind, for the panel's counts. */
export function countWarnings(warnings: readonly ConclusionWarning[]): Record<ConclusionWarningKind, number> {
  const counts: Record<ConclusionWarningKind, number> = { 'no-evidence': 0, 'one-group': 0, 'informant-never-quoted': 0, 'code-never-used': 0, 'question-never-asked': 0 };
  for (const warning of warnings) counts[warning.kind]++;
  return counts;
}
