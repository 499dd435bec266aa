/**
 * The Bab IV draft (hasil penelitian dan pembahasan) as a Word file, drafted only from what
 * the student stored: per framework → dimension → indicator a heading, the indicator's
 * definition and theory source, the reduction summaries per informant, the conclusion with
 * its evidence quotes as indented block quotes carrying their citations, the student's
 * triangulation verdict and the conclusion's verdict. Every sentence is either the student's
 * own or a fixed template (i18n `chapter:`) filled with stored data; where material is
 * missing the draft shows a yellow-highlighted placeholder, never filler.
 */
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { Block } from '../appendix/blocks';
import { appendixStyles, heading, STYLE } from '../appendix/blocks';
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
import { translate } from '../i18n';
import type { ProjectState } from '../model/changeset';
import type { Code, Conclusion, Informant, Locale } from '../model/types';
import { childrenOf, codeLabel } from '../project/code-tree';
import { cellSummaryText } from '../reduction/cell-summaries';
import { cellSegmentsOf } from '../reduction/draft';
import { triangulationNoteOf } from '../reduction/triangulation-notes';

export interface ChapterOptions {
  /** Language of every template sentence, placeholder and citation. */
  locale: Locale;
  /** The project's format profile (fonts, margins, spacing, citation style); thesis defaults otherwise. */
  format?: Partial<AppendixFormat>;
  /** The moment the draft is made (only the year of undated data depends on it); default now. */
  now?: Date;
}

type Ctx = AppendixContext & { c(key: string, values?: Record<string, string | number>): string };

/** A body paragraph: justified, in the note style. */
const body = (children: TextRun[]): Paragraph => new Paragraph({ style: STYLE.note, alignment: AlignmentType.JUSTIFIED, children });
const plain = (text: string): Paragraph => body([new TextRun({ text })]);

/** Missing material: the sentence the student still has to write, highlighted so it cannot be missed. */
export const placeholderRun = (text: string): TextRun => new TextRun({ text, italics: true, highlight: 'yellow' });
const placeholder = (text: string): Paragraph => body([placeholderRun(text)]);

/** The student's own text, one paragraph per line they typed. */
const own = (text: string): Paragraph[] =>
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
function quoteParagraphs(ctx: Ctx, conclusion: Conclusion): Paragraph[] {
  return evidenceOf(ctx.state, conclusion).map(
    ({ segment, document, informant, words }) =>
      new Paragraph({
        style: STYLE.quote,
        children: [new TextRun({ text: `“${words}”` }), new TextRun({ text: ` ${citeSegment(ctx, { segment, document, informant })}`, italics: false })],
      }),
  );
}

/** The reduction summaries per informant; an informant with coded data but no summary gets a placeholder. */
function summaryParagraphs(ctx: Ctx, code: Code, indicator: string): Paragraph[] {
  const lines: Paragraph[] = [];
  for (const informant of informantsInOrder(ctx.state)) {
    const summary = cellSummaryText(ctx.state, code.id, informant.id);
    const name = informantName(informant);
    if (summary) lines.push(plain(ctx.c('summaryLine', { informant: name, summary: summary.replace(/\s*\n\s*/g, ' ') })));
    else if (cellSegmentsOf(ctx.state, code.id, informant.id).length > 0) lines.push(placeholder(ctx.c('placeholderSummary', { informant: name })));
  }
  if (lines.length === 0) return [placeholder(ctx.c('placeholderSummaries'))];
  return [plain(ctx.c('summariesIntro', { indicator })), ...lines];
}

/** The student's verdict on the indicator's triangulation, or that it is not judged yet (never a suggestion). */
function triangulationParagraphs(ctx: Ctx, code: Code, indicator: string): Paragraph[] {
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
function conclusionParagraphs(ctx: Ctx, indicator: string, concluded: Conclusion[]): Paragraph[] {
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
function indicatorBlocks(ctx: Ctx, code: Code, group: MatrixGroup, concluded: Conclusion[]): Block[] {
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
function higherConclusion(ctx: Ctx, label: string, concluded: Conclusion[]): Paragraph[] {
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

function groupBlocks(ctx: Ctx, group: MatrixGroup, byCode: Map<string, Conclusion[]>): Block[] {
  const blocks: Block[] = [heading(2, group.rootId ? group.title : ctx.c('ownCodes'))];
  if (group.rootId) blocks.push(...higherConclusion(ctx, group.title, byCode.get(group.rootId) ?? []));
  const rows = group.rootId ? frameworkRows(ctx.state, group.rootId, ctx.locale) : group.rootIds.map((codeId) => ({ codeId, depth: 0 }));
  for (const row of rows) {
    const code = ctx.state.codes[row.codeId]!;
    const label = codeLabel(code, ctx.locale);
    const concluded = byCode.get(code.id) ?? [];
    blocks.push(heading(row.depth === 0 ? 3 : 4, label));
    if (childrenOf(ctx.state, code.id).length > 0) blocks.push(...higherConclusion(ctx, label, concluded));
    else blocks.push(...indicatorBlocks(ctx, code, group, concluded));
  }
  return blocks;
}

/**
 * Builds the Bab IV draft .docx in the project's format profile.
 *
 * @returns the bytes of the .docx file (works the same in Node and in the browser)
 * @throws RangeError when the project has no codes to write about
 */
export async function buildChapterDocx(state: ProjectState, options: ChapterOptions): Promise<Uint8Array> {
  const format = resolveFormat(options.format);
  const base = createContext(state, format, options.locale, options.now ?? new Date());
  const ctx: Ctx = { ...base, c: (key, values) => translate(options.locale, `chapter:${key}`, values) };
  const groups = matrixGroups(state, options.locale, ctx.c('ownCodes'));
  if (groups.length === 0) throw new RangeError('buildChapterDocx: the project has no codes');
  const byCode = conclusionsByCode(ctx);
  const children: Block[] = [
    new Paragraph({ style: 'Heading1', children: [new TextRun({ text: ctx.c('title') }), new TextRun({ text: ctx.c('subtitle'), break: 1 })] }),
    ...groups.flatMap((group) => groupBlocks(ctx, group, byCode)),
  ];
  const document = new Document({
    title: state.project.title,
    creator: state.project.researcher || 'Pilah',
    styles: appendixStyles(format, options.locale),
    sections: [appendixSection(children, format, { orientation: 'portrait', first: true })],
  });
  return Packer.pack(document, 'uint8array');
}
