/**
 * The coding actions the transcript, the picker, the number keys and the inspector share.
 * Every coding records the active coder ("who is working"); a supervisor in review mode
 * comments instead of coding, so these actions are refused with the reason.
 */
import { applyCodes, COMMAND_LABELS, type TextRange } from '../../../shared/project';
import { useAppStore } from '../../store';
import { refuseInReviewMode } from '../review';
import { runCommand } from './run-command';
import { useWorkspace } from './workspace-store';

/**
 * Codes a range of text as the active coder (a new segment, or more codes on their segment
 * of exactly that range) and selects it.
 */
async function codeRange(range: TextRange, codeIds: string[]): Promise<void> {
  if (codeIds.length === 0 || refuseInReviewMode()) return;
  const coderId = useAppStore.getState().activeCoderId;
  let segmentId: string | null = null;
  const done = await runCommand(COMMAND_LABELS.applyCode, (state) => {
    const result = applyCodes(state, { documentId: range.documentId, start: range.start, end: range.end, codeIds, coderId });
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

/**
 * Adds codes to the selected segment's range. The active coder's own segment there gains
 * them; a segment of another coder is left as that coder made it and the active coder gets
 * a segment of their own, so two coders' codings stay apart for inter-coder agreement.
 */
export async function addCodesToSegment(segmentId: string, codeIds: string[]): Promise<void> {
  const segment = useAppStore.getState().current?.segments[segmentId];
  if (!segment) return;
  await codeRange({ documentId: segment.documentId, start: segment.start, end: segment.end }, codeIds);
}
