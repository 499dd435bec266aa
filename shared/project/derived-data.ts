/**
 * Keeps what shared/ derives from a project (segments per document, counts per code) in
 * step with each action, so a project with 50,000 codings is not re-read in full after
 * every coding. Call `advanceDerivedData` wherever a changeset is applied to a state.
 */
import type { Changeset, ProjectState } from '../model/changeset';
import { advanceCodeCounts } from './code-counts';
import { advanceSegmentIndex } from './segment-index';

export { advanceSegmentIndex };

/** Carries every derived cache of `before` over to `after` = applyChangeset(before, changeset). */
export function advanceDerivedData(before: ProjectState, changeset: Changeset, after: ProjectState): void {
  advanceSegmentIndex(before, changeset, after);
  advanceCodeCounts(before, changeset, after);
}
