/**
 * How far a project has come, in the figures a supervisor reads across students: coded
 * segments, summaries written of the cells that have data, conclusions with evidence of the
 * indicators, open comment threads, the last activity, and each coder's share. Computed from
 * a snapshot, so equally from a project on this machine and from a database just read from
 * the server (`progressFromDocs`).
 */
import { conclusionCards } from '../conclusions/cards';
import { displayIndex } from '../display/display-index';
import { stateFromSnapshot, type ProjectState } from '../model/changeset';
import type { CoderRole, ProjectSnapshot } from '../model/types';
import { cellSummaryText } from '../reduction/cell-summaries';
import { openThreadCount } from '../review/threads';
import { snapshotFromDocs, type SyncDoc } from './docs';

/** One coder's share of the work (null id = the project's owner, the student). */
export interface CoderProgress {
  coderId: string | null;
  /** The coder's name; the owner's is the project's researcher. */
  name: string;
  role: CoderRole;
  /** Segments with at least one code, made by this coder. */
  codedSegments: number;
  /** Cell summaries last written by this coder. */
  summaries: number;
  /** Conclusions by this coder that cite at least one existing segment. */
  conclusionsWithEvidence: number;
  /** Comments and replies written by this coder. */
  comments: number;
}

export interface ProjectProgress {
  projectId: string;
  title: string;
  researcher: string;
  /** Segments with at least one code that count in the analysis (a second coder's do not). */
  codedSegments: number;
  /** Indicator × informant cells with at least one coded segment of the analysis. */
  cellsWithData: number;
  /** Of those cells, the ones with a summary written. */
  summariesWritten: number;
  /** Indicators: codes without sub-codes. */
  indicators: number;
  /** Indicators with a conclusion that cites at least one existing segment. */
  indicatorsConcluded: number;
  /** Comment threads not resolved. */
  openComments: number;
  /** The latest date anything in the project was written (ISO), or null when nothing says. */
  lastActivity: string | null;
  /** The owner first, then the coders by name. */
  coders: CoderProgress[];
}

function latest(dates: Iterable<string | null | undefined>): string | null {
  let max: string | null = null;
  for (const date of dates) if (date && (max === null || date > max)) max = date;
  return max;
}

function* activityDates(state: ProjectState): Generator<string | null | undefined> {
  yield state.project.modifiedAt;
  yield state.project.createdAt;
  for (const c of Object.values(state.codes)) yield c.memoAt;
  for (const i of Object.values(state.informants)) yield i.memoAt;
  for (const d of Object.values(state.documents)) {
    yield d.importedAt;
    yield d.memoAt;
  }
  for (const s of Object.values(state.segments)) yield s.modifiedAt;
  for (const s of Object.values(state.cellSummaries)) yield s.modifiedAt;
  for (const n of Object.values(state.triangulationNotes)) yield n.modifiedAt;
  for (const c of Object.values(state.conclusions)) yield c.modifiedAt;
  for (const c of Object.values(state.comments)) {
    yield c.createdAt;
    yield c.resolvedAt;
  }
}

/** The progress of the project a state holds. */
export function progressOfState(state: ProjectState): ProjectProgress {
  const index = displayIndex(state);
  const indicators = conclusionCards(state).filter((card) => card.level === 'indicator').map((card) => card.codeId);

  let cellsWithData = 0;
  let summariesWritten = 0;
  for (const codeId of indicators) {
    const informants = new Set<string>();
    for (const segment of index.segmentsByCode.get(codeId) ?? []) {
      const informant = index.informantOfDocument.get(segment.documentId);
      if (informant) informants.add(informant.id);
    }
    cellsWithData += informants.size;
    for (const informantId of informants) if (cellSummaryText(state, codeId, informantId).trim() !== '') summariesWritten++;
  }

  const hasEvidence = (segmentIds: readonly string[]): boolean => segmentIds.some((id) => Object.hasOwn(state.segments, id));
  const concluded = new Set<string>();
  for (const conclusion of Object.values(state.conclusions)) if (hasEvidence(conclusion.evidenceSegmentIds)) concluded.add(conclusion.codeId);
  const indicatorsConcluded = indicators.filter((id) => concluded.has(id)).length;

  const coded = Object.values(state.segments).filter((s) => s.codeIds.length > 0 && Object.hasOwn(state.documents, s.documentId));
  const analysedCoded = new Set(index.ordered.filter((s) => s.codeIds.length > 0).map((s) => s.id));

  const shares = new Map<string | null, CoderProgress>();
  const share = (coderId: string | null | undefined): CoderProgress => {
    const id = coderId !== undefined && coderId !== null && Object.hasOwn(state.coders, coderId) ? coderId : null;
    let entry = shares.get(id);
    if (!entry) {
      const coder = id === null ? null : state.coders[id]!;
      entry = {
        coderId: id,
        name: coder ? coder.name : state.project.researcher,
        role: coder ? coder.role : 'student',
        codedSegments: 0,
        summaries: 0,
        conclusionsWithEvidence: 0,
        comments: 0,
      };
      shares.set(id, entry);
    }
    return entry;
  };
  share(null);
  for (const coder of Object.values(state.coders)) share(coder.id);
  for (const segment of coded) share(segment.coderId).codedSegments++;
  for (const summary of Object.values(state.cellSummaries)) if (summary.text.trim() !== '') share(summary.coderId).summaries++;
  for (const conclusion of Object.values(state.conclusions)) if (hasEvidence(conclusion.evidenceSegmentIds)) share(conclusion.coderId).conclusionsWithEvidence++;
  for (const comment of Object.values(state.comments)) share(comment.authorId).comments++;
  const [owner, ...others] = [...shares.values()];
  others.sort((a, b) => a.name.localeCompare(b.name) || String(a.coderId).localeCompare(String(b.coderId)));

  return {
    projectId: state.project.id,
    title: state.project.title,
    researcher: state.project.researcher,
    codedSegments: analysedCoded.size,
    cellsWithData,
    summariesWritten,
    indicators: indicators.length,
    indicatorsConcluded,
    openComments: openThreadCount(state),
    lastActivity: latest(activityDates(state)),
    coders: [owner!, ...others],
  };
}

/** The progress of a project snapshot. */
export function projectProgress(snapshot: ProjectSnapshot): ProjectProgress {
  return progressOfState(stateFromSnapshot(snapshot));
}

/**
 * The progress of the project a database holds (its winning documents, as read with
 * `allDocs({include_docs:true})`). Transcript texts are not needed: a database read without
 * its `doctext:` documents gives the same figures.
 */
export function progressFromDocs(docs: readonly SyncDoc[]): ProjectProgress {
  return projectProgress(snapshotFromDocs(docs));
}
