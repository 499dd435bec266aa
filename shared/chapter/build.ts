/**
 * The Bab IV draft (hasil penelitian dan pembahasan) as a Word file, drafted only from what
 * the student stored: per framework → dimension → indicator a heading, the indicator's
 * definition and theory source, the reduction summaries per informant, the conclusion with
 * its evidence quotes as indented block quotes carrying their citations, the student's
 * triangulation verdict and the conclusion's verdict. Every sentence is either the student's
 * own or a fixed template (templates.ts: the `chapter:` strings, or the student's own wording
 * kept in the project) filled with stored data; where material is missing the draft shows a
 * yellow-highlighted placeholder, never filler. The builder decides lines (lines.ts), which
 * become Word paragraphs here and the in-app preview of an indicator on the conclusions screen;
 * the figures (figures.ts) are drawn as PNG by whoever calls (`figurePng`).
 */
import { Document, Packer } from 'docx';
import { appendixStyles } from '../appendix/blocks';
import { citeSegment } from '../appendix/citation';
import { conclusionsByCode, conclusionVerdict, evidenceOf } from '../appendix/conclusion-rows';
import type { AppendixContext } from '../appendix/context';
import { createContext } from '../appendix/context';
import type { AppendixFormat } from '../appendix/format';
import { resolveFormat } from '../appendix/format';
import { matrixGroups, type MatrixGroup } from '../appendix/matrix-groups';
import { appendixSection } from '../appendix/sections';
import { frameworkRows } from '../display/code-rows';
import { projectTechniques } from '../display/technique';
import type { ProjectState } from '../model/changeset';
import type { Code, Conclusion, Informant, Locale } from '../model/types';
import { childrenOf, codeLabel } from '../project/code-tree';
import { cellSummaryText } from '../reduction/cell-summaries';
import { cellSegmentsOf } from '../reduction/draft';
import { triangulationNoteOf } from '../reduction/triangulation-notes';
import { informantGroups } from './groups';
import { chapterFigures, figureLines, type FigureContext, type FigurePng } from './figures';
import { chapterSentence, type ChapterTemplates } from './templates';
import { linesToParagraphs, type DraftLine } from './lines';

export interface ChapterOptions {
  /** Language of every template sentence, placeholder and citation. */
  locale: Locale;
  /** The project's format profile (fonts, margins, spacing, citation style); thesis defaults otherwise. */
  format?: Partial<AppendixFormat>;
  /** The moment the draft is made (only the year of undated data depends on it); default now. */
  now?: Date;
  /** Draws each figure as PNG (the CLI with resvg, the app with a canvas); without it the draft has no figures. */
  figurePng?: FigurePng;
  /** The student's template sentences; default the project's (`settings.chapterTemplates`). */
  templates?: ChapterTemplates;
  /** Told as each step starts: the draft's text, its figures, packing the Word file. */
  onProgress?(progress: ChapterProgress): void;
}

/** A step of building the draft, for a progress bar: `done` steps of `total` are finished. */
export interface ChapterProgress {
  done: number;
  total: number;
  step: 'draft' | 'figures' | 'pack';
}

type Ctx = AppendixContext & FigureContext;

/** A body paragraph (justified in Word). */
const plain = (text: string): DraftLine => ({ kind: 'text', text });

/** Missing material: the sentence the student still has to write, highlighted so it cannot be missed. */
const placeholder = (text: string): DraftLine => ({ kind: 'placeholder', text });

const heading = (level: 2 | 3 | 4, text: string): DraftLine => ({ kind: 'heading', level, text });

/** The student's own text, one paragraph per line they typed. */
const own = (text: string): DraftLine[] =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map(plain);

/** How the draft names an informant: "I1 (Kepala Bidang Pemberdayaan UMKM)". */
function informantName(informant: Informant): string {
  const label = informant.label.trim() || informant.name.trim() || '—';
  return informant.position.trim() ? `${label} (${informant.position.trim()})` : label;
}

const informantsInOrder = (state: ProjectState): Informant[] =>
  Object.values(state.informants).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

/** The theory an indicator comes from: its own source, else its framework's. */
function theorySource(code: Code, group: MatrixGroup): string {
  return code.source.trim() || group.source;
}

/** Each evidence segment once, in the order linked: its words verbatim in quotation marks, then its citation. */
function quoteParagraphs(ctx: Ctx, conclusion: Conclusion): DraftLine[] {
  return evidenceOf(ctx.state, conclusion).map(({ segment, document, informant, words }) => ({
    kind: 'quote',
    words,
    citation: citeSegment(ctx, { segment, document, informant }),
  }));
}

/**
 * The reduction summaries per informant — per informant group, each after a sentence naming
 * the group, when the project has groups; an informant with coded data but no summary gets a placeholder.
 */
function summaryParagraphs(ctx: Ctx, code: Code, indicator: string): DraftLine[] {
  const lines: DraftLine[] = [];
  for (const group of informantGroups(ctx.state, informantsInOrder(ctx.state), ctx.locale)) {
    const said: DraftLine[] = [];
    for (const informant of group.informants) {
      const summary = cellSummaryText(ctx.state, code.id, informant.id);
      const name = informantName(informant);
      if (summary) said.push(plain(ctx.c('summaryLine', { informant: name, summary: summary.replace(/\s*\n\s*/g, ' ') })));
      else if (cellSegmentsOf(ctx.state, code.id, informant.id).length > 0) said.push(placeholder(ctx.c('placeholderSummary', { informant: name })));
    }
    if (said.length && group.name !== null) lines.push(plain(ctx.c('groupIntro', { group: group.name, count: said.length })));
    lines.push(...said);
  }
  if (lines.length === 0) return [placeholder(ctx.c('placeholderSummaries'))];
  return [plain(ctx.c('summariesIntro', { indicator })), ...lines];
}

/** The student's verdict on the indicator's triangulation, or that it is not judged yet (never a suggestion). */
function triangulationParagraphs(ctx: Ctx, code: Code, indicator: string): DraftLine[] {
  const note = triangulationNoteOf(ctx.state, code.id);
  const verdict = note?.verdict ? ctx.t(`verdict_${note.verdict}`) : '';
  const out = [plain(verdict ? ctx.c('triangulationJudged', { indicator, verdict }) : ctx.c('triangulationUnjudged', { indicator }))];
  if (note?.note.trim()) out.push(plain(ctx.c('triangulationNote', { note: note.note.trim() })));
  // By technique too, once the project has a second technique to compare the interviews with.
  if (projectTechniques(ctx.state).length > 1) {
    const technique = note?.techniqueVerdict ? ctx.t(`verdict_${note.techniqueVerdict}`) : '';
    out.push(plain(technique ? ctx.c('techniqueJudged', { indicator, verdict: technique }) : ctx.c('techniqueUnjudged', { indicator })));
    if (note?.techniqueNote?.trim()) out.push(plain(ctx.c('techniqueNote', { note: note.techniqueNote.trim() })));
  }
  return out;
}

/** The conclusion(s), each with its quotes and verdict; placeholders for what is not written yet. */
function conclusionParagraphs(ctx: Ctx, indicator: string, concluded: Conclusion[]): DraftLine[] {
  if (concluded.length === 0) {
    return [placeholder(ctx.c('placeholderConclusion')), placeholder(ctx.c('placeholderQuotes')), placeholder(ctx.c('placeholderVerdict'))];
  }
  return concluded.flatMap((conclusion) => {
    const text = own(conclusion.text);
    const quotes = quoteParagraphs(ctx, conclusion);
    const verdict = conclusion.verdict.trim() ? conclusionVerdict(ctx, conclusion.verdict) : '';
    return [
      plain(ctx.c('conclusionIntro', { indicator })),
      ...(text.length ? text : [placeholder(ctx.c('placeholderConclusion'))]),
      ...(quotes.length ? [plain(ctx.c('quotesIntro')), ...quotes] : [placeholder(ctx.c('placeholderQuotes'))]),
      verdict ? plain(ctx.c('verdictLine', { indicator, verdict })) : placeholder(ctx.c('placeholderVerdict')),
    ];
  });
}

/** Everything under an indicator's heading. */
function indicatorBlocks(ctx: Ctx, code: Code, group: MatrixGroup, concluded: Conclusion[]): DraftLine[] {
  const indicator = codeLabel(code, ctx.locale);
  // A definition written in one language only is printed as written rather than asked for again.
  const definition = own(code.definition[ctx.locale]);
  const definitionText = definition.length ? definition : own(code.definition[ctx.locale === 'id' ? 'en' : 'id']);
  const source = theorySource(code, group);
  return [
    plain(ctx.c('definitionIntro', { indicator })),
    ...(definitionText.length ? definitionText : [placeholder(ctx.c('placeholderDefinition'))]),
    // The student's own codes have no theory behind them: no source is asked for.
    ...(source ? [plain(ctx.c('theorySource', { source }))] : group.rootId ? [placeholder(ctx.c('placeholderSource'))] : []),
    ...summaryParagraphs(ctx, code, indicator),
    ...conclusionParagraphs(ctx, indicator, concluded),
    ...triangulationParagraphs(ctx, code, indicator),
  ];
}

/** A conclusion the student wrote on a dimension or a whole framework: printed as written, nothing asked for when absent. */
function higherConclusion(ctx: Ctx, label: string, concluded: Conclusion[]): DraftLine[] {
  return concluded.flatMap((conclusion) => {
    const text = own(conclusion.text);
    if (text.length === 0) return [];
    const verdict = conclusion.verdict.trim() ? conclusionVerdict(ctx, conclusion.verdict) : '';
    return [
      plain(ctx.c('higherConclusion', { label })),
      ...text,
      ...quoteParagraphs(ctx, conclusion),
      ...(verdict ? [plain(ctx.c('higherVerdict', { label, verdict }))] : []),
    ];
  });
}

function groupBlocks(ctx: Ctx, group: MatrixGroup, byCode: Map<string, Conclusion[]>): DraftLine[] {
  const blocks: DraftLine[] = [heading(2, group.rootId ? group.title : ctx.c('ownCodes'))];
  if (group.rootId) blocks.push(...higherConclusion(ctx, group.title, byCode.get(group.rootId) ?? []));
  if (group.rootId) blocks.push(...figureLines(ctx, group.rootId, 'frequency'));
  const rows = group.rootId ? frameworkRows(ctx.state, group.rootId, ctx.locale) : group.rootIds.map((codeId) => ({ codeId, depth: 0 }));
  for (const row of rows) {
    const code = ctx.state.codes[row.codeId]!;
    const label = codeLabel(code, ctx.locale);
    const concluded = byCode.get(code.id) ?? [];
    blocks.push(heading(row.depth === 0 ? 3 : 4, label));
    if (childrenOf(ctx.state, code.id).length > 0) blocks.push(...higherConclusion(ctx, label, concluded));
    else blocks.push(...indicatorBlocks(ctx, code, group, concluded));
  }
  if (group.rootId) blocks.push(...figureLines(ctx, group.rootId, 'findings'));
  return blocks;
}

/** The context of one draft: the appendix's, the template sentences, and the figures placed so far. */
function chapterContext(state: ProjectState, options: ChapterOptions, withFigures: boolean): Ctx {
  const format = resolveFormat(options.format);
  const base = createContext(state, format, options.locale, options.now ?? new Date());
  const c = chapterSentence(options.locale, options.templates ?? state.project.settings.chapterTemplates);
  const figures = withFigures ? chapterFigures(state, options.locale, c) : [];
  let figureNumber = 0;
  return { ...base, c, figures, nextFigureNumber: () => ++figureNumber };
}

/** The whole draft as lines: what the Word file says, in order. */
export function chapterLines(state: ProjectState, options: ChapterOptions, withFigures = false): { lines: DraftLine[]; ctx: Ctx } {
  const ctx = chapterContext(state, options, withFigures);
  const groups = matrixGroups(state, options.locale, ctx.c('ownCodes'));
  if (groups.length === 0) throw new RangeError('buildChapterDocx: the project has no codes');
  const byCode = conclusionsByCode(ctx);
  const lines: DraftLine[] = [{ kind: 'title', text: ctx.c('title'), subtitle: ctx.c('subtitle') }, ...groups.flatMap((group) => groupBlocks(ctx, group, byCode))];
  return { lines, ctx };
}

/**
 * What the draft says under one indicator (or the conclusion of a dimension or framework),
 * from the same builder as the Word file: the in-app preview. Empty for an unknown code.
 */
export function indicatorDraft(state: ProjectState, codeId: string, options: ChapterOptions): DraftLine[] {
  const code = state.codes[codeId];
  if (!code) return [];
  const ctx = chapterContext(state, options, false);
  const group = matrixGroups(state, options.locale, ctx.c('ownCodes')).find((g) => g.rootIds.includes(rootOf(state, codeId)));
  if (!group) return [];
  const concluded = conclusionsByCode(ctx).get(codeId) ?? [];
  const label = codeLabel(code, options.locale);
  if (childrenOf(state, codeId).length > 0) return higherConclusion(ctx, codeId === group.rootId ? group.title : label, concluded);
  return indicatorBlocks(ctx, code, group, concluded);
}

function rootOf(state: ProjectState, codeId: string): string {
  let code = state.codes[codeId]!;
  const seen = new Set<string>();
  while (code.parentId && state.codes[code.parentId] && !seen.has(code.id)) {
    seen.add(code.id);
    code = state.codes[code.parentId]!;
  }
  return code.id;
}

/**
 * Builds the Bab IV draft .docx in the project's format profile. With `figurePng`, the
 * figures (frequency chart, findings diagram) are placed as pictures with their captions.
 *
 * @returns the bytes of the .docx file (works the same in Node and in the browser)
 * @throws RangeError when the project has no codes to write about
 */
export async function buildChapterDocx(state: ProjectState, options: ChapterOptions): Promise<Uint8Array> {
  options.onProgress?.({ done: 0, total: 3, step: 'draft' });
  const { lines, ctx } = chapterLines(state, options, options.figurePng !== undefined);
  options.onProgress?.({ done: 1, total: 3, step: 'figures' });
  // Drawn all at once: the CLI's resvg renders off the main thread, on every core.
  const drawn = await Promise.all(ctx.figures.map((figure) => options.figurePng!(figure)));
  options.onProgress?.({ done: 2, total: 3, step: 'pack' });
  const png = new Map(ctx.figures.map((figure, i) => [figure.name, drawn[i]!]));
  const document = new Document({
    title: state.project.title,
    creator: state.project.researcher || 'Pilah',
    styles: appendixStyles(ctx.format, options.locale),
    sections: [appendixSection(linesToParagraphs(lines, ctx.format, png), ctx.format, { orientation: 'portrait', first: true })],
  });
  return Packer.pack(document, 'uint8array');
}
