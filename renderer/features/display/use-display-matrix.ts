/**
 * The display the student asked for, built by the shared/display functions from the
 * project as it is now: it follows every edit, and is rebuilt only when a table it reads
 * has changed.
 */
import { useMemo } from 'react';
import {
  checklistMatrix,
  coOccurrenceMatrix,
  conceptuallyClusteredMatrix,
  crossedMatrix,
  frameworkRows,
  roleOrderedMatrix,
  techniqueTable,
  triangulationTable,
  type DisplayKind,
  type DisplayMatrix,
  type GroupBy,
} from '../../../shared/display';
import { cellSummariesFromState, triangulationVerdictsFromState } from '../../../shared/reduction';
import { useAppStore } from '../../store';
import type { TriangulationBasis } from './display-settings';

export function useDisplayMatrix(opts: { kind: DisplayKind; rootCodeId: string; by: GroupBy; crossWith: string; basis: TriangulationBasis }): DisplayMatrix {
  const state = useAppStore((s) => s.current!);
  const locale = useAppStore((s) => s.locale);
  const { kind, rootCodeId, by, crossWith, basis } = opts;
  return useMemo(() => {
    const summaries = cellSummariesFromState(state);
    switch (kind) {
      case 'conceptual':
        return conceptuallyClusteredMatrix(state, { rootCodeId, locale, summaries });
      case 'role-ordered':
        return roleOrderedMatrix(state, { rootCodeId, locale, by, summaries });
      case 'checklist':
        return checklistMatrix(state, { rootCodeId, locale, summaries });
      case 'co-occurrence':
        return coOccurrenceMatrix(state, { codeIds: frameworkRows(state, rootCodeId, locale).map((row) => row.codeId), locale });
      case 'crossed':
        return crossedMatrix(state, { rowRootCodeId: rootCodeId, columnRootCodeId: crossWith, locale });
      case 'triangulation':
        if (basis === 'technique') return techniqueTable(state, { rootCodeId, locale, verdicts: triangulationVerdictsFromState(state) });
        return triangulationTable(state, { rootCodeId, locale, by, summaries, verdicts: triangulationVerdictsFromState(state) });
    }
    // Rebuilt when a table the displays read changes, not on unrelated edits (comments, conclusions).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kind, rootCodeId, by, crossWith, basis, locale, state.codes, state.segments, state.documents, state.informants, state.cellSummaries, state.triangulationNotes, state.project.settings]);
}
