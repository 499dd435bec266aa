/**
 * Writes the thesis appendix (lampiran) as a Word file: the chosen parts in the chosen
 * order, each in a section of its own, with page numbers running through them all.
 */
import type { ISectionOptions } from 'docx';
import { Document, Packer } from 'docx';
import type { ProjectState } from '../model/changeset';
import type { Locale } from '../model/types';
import { appendixStyles, partTitle } from './blocks';
import { createContext } from './context';
import type { AppendixFormat, Orientation } from './format';
import { resolveFormat } from './format';
import type { AppendixPart } from './parts';
import { isAppendixPart, partDefinition, partOrientation, partsToWrite } from './parts';
import { appendixSection } from './sections';

export interface AppendixOptions {
  /** The parts, in the order they appear; repeats are dropped, and so are parts the project has no data for (see partsToWrite). */
  parts: AppendixPart[];
  /** Overrides of the thesis defaults (DEFAULT_APPENDIX_FORMAT). */
  format?: Partial<AppendixFormat>;
  /** Language of every label, caption and citation. */
  locale: Locale;
  /** Portrait or landscape per part (parts that cannot turn, such as the informant table, ignore it). */
  orientation?: Partial<Record<AppendixPart, Orientation>>;
  /** The moment the appendix is made (the year of source notes when the project has no interview dates); default now. */
  now?: Date | string;
  /**
   * Called before each part is written and before the file is packed, for a progress bar.
   * The build yields to the event loop at each call, so a screen can repaint in between.
   */
  onProgress?: (progress: AppendixProgress) => void;
}

/** How far the build has got: `done` of `total` steps (one per part, one for packing the file). */
export interface AppendixProgress {
  done: number;
  total: number;
  step: AppendixPart | 'pack';
}

const nextTick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Builds the appendix .docx.
 *
 * @returns the bytes of the .docx file (works the same in Node and in the browser)
 * @throws RangeError when no known part is chosen
 */
export async function buildAppendix(state: ProjectState, options: AppendixOptions): Promise<Uint8Array> {
  const chosen = [...new Set(options.parts)].filter(isAppendixPart);
  if (chosen.length === 0) throw new RangeError('buildAppendix: choose at least one part');
  // A part without data is left out rather than printed as an empty lampiran.
  const parts = partsToWrite(state, chosen);
  const format = resolveFormat(options.format);
  const now = options.now === undefined ? new Date() : new Date(options.now);
  // Normal is the table text (see appendixStyles): most of an appendix's paragraphs are table cells.
  const ctx = { ...createContext(state, format, options.locale, Number.isNaN(now.getTime()) ? new Date() : now), tableTextIsNormal: true };

  const total = parts.length + 1;
  const sections: ISectionOptions[] = [];
  for (const [i, part] of parts.entries()) {
    options.onProgress?.({ done: i, total, step: part });
    await nextTick();
    const orientation = partOrientation(part, options.orientation?.[part]);
    ctx.startPart(i + 1);
    const title = partTitle(ctx, i + 1, ctx.t(`part_${part}`));
    sections.push(appendixSection([title, ...partDefinition(part).write(ctx, orientation)], format, { orientation, first: i === 0 }));
  }
  options.onProgress?.({ done: parts.length, total, step: 'pack' });
  await nextTick();

  const document = new Document({
    title: state.project.title,
    creator: state.project.researcher || 'Pilah',
    description: state.project.focus,
    styles: appendixStyles(format, options.locale, { tableTextIsNormal: ctx.tableTextIsNormal }),
    sections,
  });
  const bytes = await Packer.pack(document, 'uint8array');
  options.onProgress?.({ done: total, total, step: 'pack' });
  return bytes;
}
