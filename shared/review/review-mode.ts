/**
 * Review mode: while a supervisor is the active coder, they comment and the student's
 * codings, codebook and memos stay as the student left them. Reviewing a copy of the
 * project must not change what the student later takes back.
 */
import type { ProjectState } from '../model/changeset';
import { coderRole } from './coders';
import { ReviewError } from './errors';

/** True when this coder reviews rather than codes (a supervisor). */
export function isReviewing(state: ProjectState, coderId: string | null): boolean {
  return coderRole(state, coderId) === 'supervisor';
}

/** Refuses ('review-mode') an edit of codings, codes or memos by a reviewing coder. */
export function assertMayEdit(state: ProjectState, coderId: string | null): void {
  if (isReviewing(state, coderId)) throw new ReviewError('review-mode');
}
