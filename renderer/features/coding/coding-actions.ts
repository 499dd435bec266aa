/**
 * The coding actions the transcript, the picker, the number keys and the inspector share.
 * Every coding records the active coder ("who is working"); a supervisor in review mode
 * comments instead of coding, so these actions are refused with the reason.
 */
import { applyCodes, type TextRange } from '../../../shared/project';
import { act, useAppStore } from '../../store';
import { useWorkspace } from './workspace-store';

/**
 * Codes a range of text as the active coder (a new segment, or more codes on their segment
 * of exactly that range) and selects it.
 */
async function codeRange(range: TextRange, codeIds: string[]): Promise<void> {
  if (codeIds.length === 0) return;
  let segmentId: string | null = null;
  // Built when the write queue reaches it: a second key press on the same selection adds its
  // code to the segment the first one made (one segment per range and coder).
  // The coded text becomes the selected segment as the coding is shown, in the same render.
  const select = () => {
    if (!segmentId) return;
    useWorkspace.getState().setSelection(null);
    if (typeof window !== 'undefined') window.getSelection()?.removeAllRanges();
    useAppStore.getState().selectSegment(segmentId);
  };
  await act(
    'applyCode',
    (state, by) => {
      const result = applyCodes(state, { documentId: range.documentId, start: range.start, end: range.end, codeIds, coderId: by.coderId }, by.now);
      segmentId = result.segmentId;
      return result.changeset;
    },
    select,
  );
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
