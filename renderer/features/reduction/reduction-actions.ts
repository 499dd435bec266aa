/**
 * The reduction screen's actions, each one undoable step through the store's `perform`,
 * computed from the project as it is when the step runs and signed by the active coder.
 */
import { COMMAND_LABELS } from '../../../shared/project';
import { draftCellSummary, draftEmptyCellSummaries, setCellSummary } from '../../../shared/reduction';
import { useAppStore } from '../../store';

export interface CellRef {
  codeId: string;
  informantId: string;
}

const author = () => {
  const { activeCoderId, locale } = useAppStore.getState();
  return { coderId: activeCoderId, locale };
};

export function saveSummary(cell: CellRef, text: string): Promise<void> {
  return useAppStore.getState().perform(COMMAND_LABELS.editCellSummary, (state) => setCellSummary(state, cell, text, author()));
}

export function draftSummary(cell: CellRef): Promise<void> {
  return useAppStore.getState().perform(COMMAND_LABELS.draftCellSummaries, (state) => draftCellSummary(state, cell, author()));
}

export function draftAllEmpty(rootCodeId: string): Promise<void> {
  return useAppStore.getState().perform(COMMAND_LABELS.draftCellSummaries, (state) => draftEmptyCellSummaries(state, rootCodeId, author()));
}
