/**
 * The parts an appendix can hold, in the order the export dialog offers them. Each part is
 * written by its own module and lands in a section of its own.
 */
import type { ProjectState } from '../model/changeset';
import type { Locale } from '../model/types';
import { translate } from '../i18n';
import type { Block } from './blocks';
import { agreementPart } from './agreement-part';
import { appendixPartsWithData } from './availability';
import { codebook } from './codebook';
import { conclusionsPart } from './conclusions-part';
import type { AppendixContext } from './context';
import { displayMatrices } from './display-matrices';
import type { Orientation } from './format';
import { informantTable } from './informant-table';
import { reductionMatrix } from './reduction-matrix';
import { segmentReport } from './segment-report';
import { transcripts } from './transcripts';
import { documentationGuide, interviewGuide, observationGuide } from '../instruments/docx';
import { techniquePart } from './technique-part';
import { triangulationPart } from './triangulation-part';
import { picturesPart } from './pictures-part';

/** Every part, in the order of the method and of the export dialog's default. */
export const APPENDIX_PARTS = [
  // The research instruments open the lampiran, as theses order them.
  'guideInterview',
  'guideObservation',
  'guideDocumentation',
  'informants',
  'codebook',
  'reduction',
  'displays',
  'triangulation',
  'techniqueTriangulation',
  'conclusions',
  'agreement',
  'segments',
  'transcripts',
  // Dokumentasi penelitian follows the transcripts, as theses order their lampiran.
  'pictures',
] as const;
export type AppendixPart = (typeof APPENDIX_PARTS)[number];

/**
 * What an export holds unless the student chooses otherwise: every part, in order — each only
 * when the project has data for it (see partsToWrite): inter-coder agreement, for one, only
 * when two coders coded the same transcripts.
 */
export const DEFAULT_APPENDIX_PARTS: readonly AppendixPart[] = APPENDIX_PARTS;

interface PartDefinition {
  /** Portrait unless the part's tables are wide. */
  orientation: Orientation;
  /** Whether the student may turn the part to the other orientation. */
  canTurn: boolean;
  write(ctx: AppendixContext, orientation: Orientation): Block[];
}

const PARTS: Record<AppendixPart, PartDefinition> = {
  guideInterview: { orientation: 'portrait', canTurn: false, write: (ctx) => interviewGuide(ctx) },
  guideObservation: { orientation: 'portrait', canTurn: true, write: observationGuide },
  guideDocumentation: { orientation: 'portrait', canTurn: true, write: documentationGuide },
  // The informant table is the one BAB III shows: it stays portrait like the chapter it mirrors.
  informants: { orientation: 'portrait', canTurn: false, write: informantTable },
  codebook: { orientation: 'portrait', canTurn: true, write: codebook },
  // The matrices are as wide as the informants or sources are many: landscape, as the pedoman lay them out.
  reduction: { orientation: 'landscape', canTurn: true, write: reductionMatrix },
  displays: { orientation: 'landscape', canTurn: true, write: displayMatrices },
  triangulation: { orientation: 'landscape', canTurn: true, write: triangulationPart },
  techniqueTriangulation: { orientation: 'landscape', canTurn: true, write: techniquePart },
  conclusions: { orientation: 'landscape', canTurn: true, write: conclusionsPart },
  agreement: { orientation: 'portrait', canTurn: true, write: agreementPart },
  segments: { orientation: 'portrait', canTurn: true, write: (ctx) => segmentReport(ctx) },
  transcripts: { orientation: 'portrait', canTurn: true, write: transcripts },
  pictures: { orientation: 'portrait', canTurn: true, write: picturesPart },
};

export function isAppendixPart(value: string): value is AppendixPart {
  return (APPENDIX_PARTS as readonly string[]).includes(value);
}

export function partDefinition(part: AppendixPart): PartDefinition {
  return PARTS[part];
}

/** The orientation a part is written in: the student's choice where the part allows one. */
export function partOrientation(part: AppendixPart, chosen: Orientation | undefined): Orientation {
  const definition = PARTS[part];
  return definition.canTurn && chosen ? chosen : definition.orientation;
}

/** A part as the export dialog lists it. */
export interface AppendixPartInfo {
  id: AppendixPart;
  label: string;
  description: string;
  /** The orientation the part gets unless the student chooses otherwise. */
  orientation: Orientation;
  /** Whether the dialog offers to turn the part to landscape (or back). */
  canTurn: boolean;
  /** Whether the project has anything for the part; a part without data is left out of the export. */
  hasData: boolean;
  /** Why the part is left out ("Belum ada kesimpulan."), for the dialog; '' when it has data. */
  emptyNote: string;
}

/**
 * Every part the appendix can hold, with its name and a one-line description in `locale`, and
 * — given the project — whether it has data (without a project every part counts as having some).
 */
export function describeAppendixParts(locale: Locale, state?: ProjectState): AppendixPartInfo[] {
  const withData = state ? appendixPartsWithData(state) : null;
  return APPENDIX_PARTS.map((id) => {
    const hasData = withData ? withData[id] : true;
    return {
      id,
      label: translate(locale, `appendix:part_${id}`),
      description: translate(locale, `appendix:part_${id}_hint`),
      orientation: PARTS[id].orientation,
      canTurn: PARTS[id].canTurn,
      hasData,
      emptyNote: hasData ? '' : translate(locale, `appendix:part_${id}_empty`),
    };
  });
}

/**
 * The chosen parts that have data, in the chosen order: what an export writes. When none of
 * them has any (a brand-new project), all of them, each saying there is no data yet, so the
 * file is never empty.
 */
export function partsToWrite(state: ProjectState, parts: readonly AppendixPart[]): AppendixPart[] {
  const withData = appendixPartsWithData(state);
  const kept = parts.filter((part) => withData[part]);
  return kept.length > 0 ? kept : [...parts];
}
