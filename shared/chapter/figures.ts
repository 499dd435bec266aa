/**
 * The figures of the Bab IV draft: per framework, the code-frequency chart by informant group
 * (placed at the start of the framework's findings) and the findings diagram (at their end,
 * where theses put their model temuan). Built as SVG in shared code; the edges — the CLI with
 * resvg, the app with a canvas — turn each into PNG bytes for Word and for saving.
 */
import type { AppendixContext } from '../appendix/context';
import { codeFrequencyByGroup, findingsDiagramSvg, findingsTree, frequencyChartSvg } from '../figures';
import { translate } from '../i18n';
import type { ProjectState } from '../model/changeset';
import type { Locale } from '../model/types';
import { childrenOf, codeLabel } from '../project/code-tree';
import type { DraftLine } from './lines';

export type FigureKind = 'frequency' | 'findings';

export interface ChapterFigure {
  /** A file name without extension, unique in the project: "frekuensi-kode-pemberdayaan". */
  name: string;
  kind: FigureKind;
  /** The framework drawn. */
  rootCodeId: string;
  /** The caption's title (after "Gambar 4.N"). */
  title: string;
  svg: string;
  /** Size of the picture in px (the PNG is drawn at FIGURE_PNG_SCALE times this). */
  width: number;
  height: number;
}

/** How many PNG pixels per SVG pixel: 640 px drawn at 1280 px prints sharply at a page's width. */
export const FIGURE_PNG_SCALE = 2;

/** Turns a figure into PNG bytes, at FIGURE_PNG_SCALE times its size: supplied by the CLI or the app. */
export type FigurePng = (figure: ChapterFigure) => Promise<Uint8Array> | Uint8Array;

/** A fixed sentence of the draft: the key of a template and its values (see templates.ts). */
export type Sentence = (key: string, values?: Record<string, string | number>) => string;

const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'kerangka';

const sizeOf = (svg: string): { width: number; height: number } => {
  const match = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg);
  return { width: Number(match?.[1] ?? 640), height: Number(match?.[2] ?? 480) };
};

/** The frameworks a figure is drawn for: top-level codes with dimensions (the student's loose codes have no tree). */
export function figureFrameworks(state: ProjectState): string[] {
  return childrenOf(state, null)
    .filter((root) => childrenOf(state, root.id).length > 0)
    .map((root) => root.id);
}

/** The two figures of one framework, titled by the draft's templates. */
export function frameworkFigures(state: ProjectState, rootCodeId: string, locale: Locale, sentence: Sentence): ChapterFigure[] {
  const framework = codeLabel(state.codes[rootCodeId]!, locale);
  const frequencyTitle = sentence('figureFrequencyTitle', { framework });
  const findingsTitle = sentence('figureFindingsTitle', { framework });
  const frequency = frequencyChartSvg(codeFrequencyByGroup(state, rootCodeId, locale), locale, frequencyTitle);
  const findings = findingsDiagramSvg(findingsTree(state, rootCodeId, locale), locale, findingsTitle);
  return [
    { name: `${translate(locale, 'figures:fileFrequency')}-${slug(framework)}`, kind: 'frequency', rootCodeId, title: frequencyTitle, svg: frequency, ...sizeOf(frequency) },
    { name: `${translate(locale, 'figures:fileFindings')}-${slug(framework)}`, kind: 'findings', rootCodeId, title: findingsTitle, svg: findings, ...sizeOf(findings) },
  ];
}

/** Every figure of the draft in the order the draft places them; file names made unique. */
export function chapterFigures(state: ProjectState, locale: Locale, sentence: Sentence): ChapterFigure[] {
  const figures = figureFrameworks(state).flatMap((rootCodeId) => frameworkFigures(state, rootCodeId, locale, sentence));
  const seen = new Map<string, number>();
  return figures.map((figure) => {
    const count = (seen.get(figure.name) ?? 0) + 1;
    seen.set(figure.name, count);
    return count === 1 ? figure : { ...figure, name: `${figure.name}-${count}` };
  });
}

/** What placing a figure needs from the draft's context. */
export interface FigureContext {
  c: Sentence;
  /** The figures of the draft (none when the draft is built without pictures). */
  figures: ChapterFigure[];
  nextFigureNumber(): number;
}

/**
 * The lines placing one framework's figure of a kind: the picture, "Gambar 4.N <title>" and
 * the source line as the format profile writes it ("Sumber: Data primer diolah peneliti, 2024").
 */
export function figureLines(ctx: FigureContext & AppendixContext, rootCodeId: string, kind: FigureKind): DraftLine[] {
  const figure = ctx.figures.find((f) => f.rootCodeId === rootCodeId && f.kind === kind);
  if (!figure) return [];
  const caption = ctx.c('figureCaption', { number: `${CHAPTER_NUMBER}.${ctx.nextFigureNumber()}`, title: figure.title });
  const source = ctx.format.sourceNote ? ctx.t('sourceNote', { text: ctx.format.sourceNoteText || ctx.t('sourceNoteData'), year: ctx.year }) : null;
  return [{ kind: 'figure', figure, caption, source }];
}

/** Bab IV: figures are numbered 4.1, 4.2 … */
const CHAPTER_NUMBER = 4;
