/**
 * The triangulation status shown on a conclusion's card: for an indicator its row of the
 * triangulation table (the student's verdict, with the table's suggestion beside it), for a
 * dimension or framework how many of its indicators the student judged at each verdict.
 */
import { triangulationTable } from '../display/triangulation';
import type { TriangulationVerdict } from '../display/types';
import type { ProjectState } from '../model/changeset';
import type { Locale } from '../model/types';
import { childrenOf } from '../project/code-tree';
import { triangulationVerdictsFromState } from '../reduction/display-inputs';
import { conclusionCards } from './cards';

export interface IndicatorTriangulation {
  kind: 'indicator';
  /** The student's verdict; null until the student judges the indicator. */
  verdict: TriangulationVerdict | null;
  /** The table's suggestion (spesifik for one source), offered to the student, never counted as a verdict. */
  suggested: TriangulationVerdict | null;
  /** The sources (informant groups, observation, documents) with data, by label. */
  sources: string[];
  note: string;
}

export interface GroupTriangulation {
  kind: 'group';
  /** How many of the indicators below the student judged at each verdict; `open` = not judged yet (suggestions included). */
  counts: Record<TriangulationVerdict | 'open', number>;
  indicators: number;
}

export type TriangulationStatus = IndicatorTriangulation | GroupTriangulation;

/**
 * The triangulation status of every code, keyed by code id, computed from one
 * triangulation table per framework (sources = informant groups), with the student's
 * verdicts as the display screen reads them.
 */
export function triangulationStatuses(state: ProjectState, locale: Locale): Map<string, TriangulationStatus> {
  const verdicts = triangulationVerdictsFromState(state);
  const statuses = new Map<string, TriangulationStatus>();
  for (const root of childrenOf(state, null)) {
    const table = triangulationTable(state, { rootCodeId: root.id, locale, verdicts });
    table.rows.forEach((row, r) => {
      statuses.set(row.codeId, {
        kind: 'indicator',
        verdict: row.verdict,
        suggested: row.suggested,
        sources: table.columns.filter((_, c) => table.cells[r]![c]!.count > 0).map((column) => column.label),
        note: row.note,
      });
    });
  }
  // A dimension or framework sums up the indicators below it: walk the cards bottom-up.
  const below = new Map<string, string[]>();
  const cards = conclusionCards(state);
  const parents: (string | undefined)[] = [];
  for (const card of cards) {
    parents[card.depth] = card.codeId;
    if (card.level !== 'indicator') continue;
    for (let depth = 0; depth < card.depth; depth++) {
      const ancestor = parents[depth]!;
      const list = below.get(ancestor);
      if (list) list.push(card.codeId);
      else below.set(ancestor, [card.codeId]);
    }
  }
  for (const [codeId, indicators] of below) {
    const counts: GroupTriangulation['counts'] = { sama: 0, berbeda: 0, spesifik: 0, open: 0 };
    for (const id of indicators) {
      const status = statuses.get(id);
      const verdict = status?.kind === 'indicator' ? status.verdict : null;
      counts[verdict ?? 'open']++;
    }
    statuses.set(codeId, { kind: 'group', counts, indicators: indicators.length });
  }
  return statuses;
}
