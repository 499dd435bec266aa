/**
 * Which parts of the appendix have something to show for a project, so that an export never
 * prints an empty lampiran: the export dialog leaves the others out with a note saying why,
 * and the build skips them.
 */
import { displayIndex } from '../display/display-index';
import { projectTechniques } from '../display/technique';
import type { ProjectState } from '../model/changeset';
import { childrenOf } from '../project/code-tree';
import { hasAgreementData } from './agreement-part';
import { hasGuideItems } from '../instruments/docx';
import type { AppendixPart } from './parts';

/** Whether each part has data, decided cheaply from the project (no table is built). */
export function appendixPartsWithData(state: ProjectState): Record<AppendixPart, boolean> {
  // Analysed segments of existing documents, carrying a code that still exists.
  const coded = displayIndex(state).ordered.filter((segment) => segment.codeIds.some((id) => state.codes[id]));
  // Triangulation rows are the indicators: codes without sub-codes.
  const onIndicator = coded.some((segment) => segment.codeIds.some((id) => state.codes[id] && childrenOf(state, id).length === 0));
  return {
    guideInterview: hasGuideItems(state, 'interview'),
    guideObservation: hasGuideItems(state, 'observation'),
    guideDocumentation: hasGuideItems(state, 'documentation'),
    informants: Object.keys(state.informants).length > 0,
    codebook: Object.keys(state.codes).length > 0,
    reduction: coded.length > 0,
    displays: coded.length > 0,
    triangulation: onIndicator,
    // Triangulation by technique needs a second technique to compare the interviews with.
    techniqueTriangulation: onIndicator && projectTechniques(state).length > 1,
    conclusions: Object.values(state.conclusions).some((conclusion) => state.codes[conclusion.codeId]),
    agreement: hasAgreementData(state),
    segments: coded.length > 0,
    transcripts: Object.values(state.documents).some((d) => d.medium !== 'picture'),
    pictures: Object.values(state.documents).some((d) => d.medium === 'picture' && d.original !== undefined),
  };
}
