/**
 * The reduction screen's actions, each one undoable step through the store's `perform`,
 * computed from the project as it is when the step runs and signed by the active coder.
 */
import type { ActionContext } from '../../../shared/actions';
import { draftCellSummary, draftEmptyCellSummaries, setCellSummary } from '../../../shared/reduction';
import { act, useAppStore } from '../../store';

export interface CellRef {
  codeId: string;
  informantId: string;
}

/** The author (the coder who is working) and the language drafts are written in. */
const author = (by: ActionContext) => ({ ...by, locale: useAppStore.getState().locale });

export function saveSummary(cell: CellRef, text: string): Promise<boolean> {
  return act('editCellSummary', (state, by) => setCellSummary(state, cell, text, author(by)));
}

export function draftSummary(cell: CellRef): Promise<boolean> {
  return act('draftCellSummaries', (state, by) => draftCellSummary(state, cell, author(by)));
}

export function draftAllEmpty(rootCodeId: string): Promise<boolean> {
  return act('draftCellSummaries', (state, by) => draftEmptyCellSummaries(state, rootCodeId, author(by)));
}
