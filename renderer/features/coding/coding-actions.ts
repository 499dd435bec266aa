/**
 * The coding actions the transcript, the picker, the number keys and the inspector share.
 */
import { applyCodes, COMMAND_LABELS, type TextRange } from '../../../shared/project';
import { useAppStore } from '../../store';
import { runCommand } from './run-command';
import { useWorkspace } from './workspace-store';

/** Codes a range of text (a new segment, or more codes on a segment of exactly that range) and selects it. */
async function codeRange(range: TextRange, codeIds: string[], coderId?: string | null): Promise<void> {
  if (codeIds.length === 0) return;
  let segmentId: string | null = null;
  const done = await runCommand(COMMAND_LABELS.applyCode, (state) => {
    const result = applyCodes(state, { documentId: range.documentId, start: range.start, end: range.end, codeIds, coderId: coderId ?? null });
    segmentId = result.segmentId;
    return result.changeset;
  });
  if (!done || !segmentId) return;
  useWorkspace.getState().setSelection(null);
  window.getSelection()?.removeAllRanges();
  useAppStore.getState().selectSegment(segmentId);
}

/** Codes the text the student has selected; false when nothing is selected. */
export async function codeSelection(codeIds: string[]): Promise<boolean> {
  const selection = useWorkspace.getState().selection;
  if (!selection) return false;
  await codeRange(selection, codeIds);
  return true;
}

/** Adds codes to the selected segment (same range, so applyCodes adds to it). */
export async function addCodesToSegment(segmentId: string, codeIds: string[]): Promise<void> {
  const segment = useAppStore.getState().current?.segments[segmentId];
  if (!segment) return;
  await codeRange({ documentId: segment.documentId, start: segment.start, end: segment.end }, codeIds, segment.coderId);
}
