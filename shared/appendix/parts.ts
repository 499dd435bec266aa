/**
 * The parts an appendix can hold, in the order the export dialog offers them. Each part is
 * written by its own module and lands in a section of its own.
 */
import type { Locale } from '../model/types';
import { translate } from '../i18n';
import type { Block } from './blocks';
import { codebook } from './codebook';
import type { AppendixContext } from './context';
import type { Orientation } from './format';
import { informantTable } from './informant-table';
import { segmentReport } from './segment-report';
import { transcripts } from './transcripts';

export const APPENDIX_PARTS = ['informants', 'codebook', 'segments', 'transcripts'] as const;
export type AppendixPart = (typeof APPENDIX_PARTS)[number];

interface PartDefinition {
  /** Portrait unless the part's tables are wide. */
  orientation: Orientation;
  write(ctx: AppendixContext, orientation: Orientation): Block[];
}

const PARTS: Record<AppendixPart, PartDefinition> = {
  informants: { orientation: 'portrait', write: informantTable },
  codebook: { orientation: 'portrait', write: codebook },
  segments: { orientation: 'portrait', write: (ctx) => segmentReport(ctx) },
  transcripts: { orientation: 'portrait', write: transcripts },
};

export function isAppendixPart(value: string): value is AppendixPart {
  return (APPENDIX_PARTS as readonly string[]).includes(value);
}

export function partDefinition(part: AppendixPart): PartDefinition {
  return PARTS[part];
}

/** A part as the export dialog lists it. */
export interface AppendixPartInfo {
  id: AppendixPart;
  label: string;
  description: string;
  /** The orientation the part gets unless the student chooses otherwise. */
  orientation: Orientation;
}

/** Every part the appendix can hold, with its name and a one-line description in `locale`. */
export function describeAppendixParts(locale: Locale): AppendixPartInfo[] {
  return APPENDIX_PARTS.map((id) => ({
    id,
    label: translate(locale, `appendix:part_${id}`),
    description: translate(locale, `appendix:part_${id}_hint`),
    orientation: PARTS[id].orientation,
  }));
}
