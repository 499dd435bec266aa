/**
 * The instruments in Word, in the thesis format of the appendix (fonts, margins, table
 * captions and numbering from the same AppendixFormat): the interview guide as numbered
 * questions under dimension and indicator headings, with lettered follow-ups; the
 * observation and documentation guides as checklists with Ada/Tidak/Keterangan columns.
 * Each is written either as a lampiran part (see appendix/parts.ts) or, all three, as a
 * stand-alone document for the proposal.
 */
import type { ISectionOptions } from 'docx';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { AppendixContext } from '../appendix/context';
import { createContext } from '../appendix/context';
import type { Block, Cell } from '../appendix/blocks';
import { appendixStyles, caption, dataTable, heading, note, STYLE } from '../appendix/blocks';
import type { AppendixFormat, Orientation } from '../appendix/format';
import { cmToTwips, resolveFormat } from '../appendix/format';
import { appendixSection } from '../appendix/sections';
import { translate } from '../i18n';
import type { ProjectState } from '../model/changeset';
import type { GuideItem, InstrumentKind, Locale } from '../model/types';
import { codeLabel } from '../project/code-tree';
import { guideOutline, instrumentsOf, localized, type GuideOutline } from './outline';

const KINDS: readonly InstrumentKind[] = ['interview', 'observation', 'documentation'];

const tr = (ctx: AppendixContext, key: string, values?: Record<string, string | number>): string => translate(ctx.locale, `instruments:${key}`, values);

/** Whether the instrument has any item to print. */
export function hasGuideItems(state: ProjectState, kind: InstrumentKind): boolean {
  return instrumentsOf(state).items.some((i) => i.kind === kind && (i.text.id.trim() || i.text.en.trim()));
}

/** Items with text only: a question added and left empty is not printed. */
const written = (items: readonly GuideItem[]): GuideItem[] => items.filter((i) => i.text.id.trim() || i.text.en.trim());

/** The outline numbered over the printed items only, so an empty question leaves no gap. */
function printedOutline(state: ProjectState, kind: InstrumentKind): GuideOutline {
  const outline = guideOutline(state, kind);
  const numbers = new Map<string, number>();
  let next = 1;
  for (const id of outline.numbers.keys()) {
    const item = state.project.instruments?.items.find((i) => i.id === id);
    if (item && written([item]).length) numbers.set(id, next++);
  }
  return { ...outline, numbers };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const letter = (n: number): string => LETTERS[n] ?? String(n + 1);
const dimensionLetter = (n: number): string => String.fromCharCode(65 + (n % 26));

function field(label: string, value: string): Paragraph {
  return new Paragraph({ style: STYLE.field, text: `${label}\t: ${value}` });
}

function audienceOf(item: GuideItem): string {
  return [...item.categories, ...item.groups].join('; ');
}

function questionParagraphs(ctx: AppendixContext, item: GuideItem, number: number): Paragraph[] {
  const audience = audienceOf(item);
  const out = [
    new Paragraph({
      style: STYLE.note,
      indent: { left: cmToTwips(1), hanging: cmToTwips(0.75) },
      keepNext: item.probes.length > 0,
      children: [
        new TextRun({ text: `${number}.\t${localized(item.text, ctx.locale)}` }),
        ...(audience ? [new TextRun({ text: ` ${tr(ctx, 'audienceLine', { audience })}`, italics: true })] : []),
      ],
    }),
  ];
  const probes = item.probes.filter((p) => p.text.id.trim() || p.text.en.trim());
  probes.forEach((probe, p) =>
    out.push(
      new Paragraph({
        style: STYLE.note,
        indent: { left: cmToTwips(1.75), hanging: cmToTwips(0.6) },
        keepNext: p < probes.length - 1,
        text: `${letter(p)}.\t${localized(probe.text, ctx.locale)}`,
      }),
    ),
  );
  return out;
}

const indicatorLine = (ctx: AppendixContext, label: string): Paragraph =>
  new Paragraph({ style: STYLE.note, keepNext: true, children: [new TextRun({ text: tr(ctx, 'indicatorLine', { indicator: label }), bold: true, italics: true })] });

/** The interview guide: identity block, opening note, questions per dimension → indicator, closing. */
export function interviewGuide(ctx: AppendixContext): Block[] {
  const outline = printedOutline(ctx.state, 'interview');
  const blank = tr(ctx, 'blank');
  const blocks: Block[] = [
    ...(['field_code', 'field_name', 'field_position', 'field_institution', 'field_date', 'field_time', 'field_place'] as const).map((key) =>
      field(tr(ctx, key), blank),
    ),
    new Paragraph({ style: STYLE.note, spacing: { before: 240 }, alignment: AlignmentType.JUSTIFIED, text: tr(ctx, 'interviewIntro', { title: ctx.state.project.title }) }),
  ];
  if (!hasGuideItems(ctx.state, 'interview')) return [...blocks, note(tr(ctx, 'noItems'))];
  const many = outline.frameworks.length > 1;
  for (const framework of outline.frameworks) {
    if (many) blocks.push(heading(2, codeLabel(framework.root, ctx.locale)));
    framework.sections.forEach((section, s) => {
      const groups = section.groups.filter((g) => written(g.items).length > 0);
      if (groups.length === 0) return;
      blocks.push(heading(3, `${dimensionLetter(s)}. ${codeLabel(section.dimension, ctx.locale)}`));
      for (const group of groups) {
        if (group.code.id !== section.dimension.id) blocks.push(indicatorLine(ctx, codeLabel(group.code, ctx.locale)));
        for (const item of written(group.items)) blocks.push(...questionParagraphs(ctx, item, outline.numbers.get(item.id)!));
      }
    });
  }
  const general = written(outline.general);
  if (general.length) {
    blocks.push(heading(3, tr(ctx, 'closing')));
    for (const item of general) blocks.push(...questionParagraphs(ctx, item, outline.numbers.get(item.id)!));
  }
  blocks.push(new Paragraph({ style: STYLE.note, spacing: { before: 240 }, children: [new TextRun({ text: tr(ctx, 'thanks'), italics: true })] }));
  return blocks;
}

/** The rows of a checklist: a dimension row across the table, then one row per item. */
function checklistRows(ctx: AppendixContext, outline: GuideOutline, columns: number): Cell[][] {
  const rows: Cell[][] = [];
  const item = (entry: GuideItem, indicator: string): Cell[] => [
    String(outline.numbers.get(entry.id)),
    indicator,
    localized(entry.text, ctx.locale),
    localized(entry.where, ctx.locale),
    '',
    '',
    '',
  ];
  for (const framework of outline.frameworks) {
    for (const section of framework.sections) {
      const groups = section.groups.filter((g) => written(g.items).length > 0);
      if (groups.length === 0) continue;
      rows.push([{ text: codeLabel(section.dimension, ctx.locale), bold: true, fill: '#F2F2F2', span: columns }]);
      for (const group of groups) for (const entry of written(group.items)) rows.push(item(entry, codeLabel(group.code, ctx.locale)));
    }
  }
  const general = written(outline.general);
  if (general.length) {
    rows.push([{ text: tr(ctx, 'general'), bold: true, fill: '#F2F2F2', span: columns }]);
    for (const entry of general) rows.push(item(entry, ''));
  }
  return rows;
}

function checklist(ctx: AppendixContext, kind: 'observation' | 'documentation', orientation: Orientation): Block[] {
  const observation = kind === 'observation';
  const blank = tr(ctx, 'blank');
  const blocks: Block[] = observation
    ? (['field_date', 'field_time', 'field_location', 'field_observer'] as const).map((key) => field(tr(ctx, key), blank))
    : [];
  blocks.push(new Paragraph({ style: STYLE.note, spacing: { before: observation ? 240 : 0 }, text: tr(ctx, `${kind}Intro`) }));
  if (!hasGuideItems(ctx.state, kind)) return [...blocks, note(tr(ctx, 'noItems'))];
  const columns = [
    { header: tr(ctx, 'col_no'), weight: 0.85, align: 'center' as const },
    { header: tr(ctx, 'col_indicator'), weight: 2.3 },
    { header: tr(ctx, observation ? 'col_aspect' : 'col_document'), weight: 3.4 },
    { header: tr(ctx, observation ? 'col_location' : 'col_source'), weight: 2 },
    { header: tr(ctx, 'col_present'), weight: 1, align: 'center' as const },
    { header: tr(ctx, observation ? 'col_absent' : 'col_absentDocument'), weight: 1.2, align: 'center' as const },
    { header: tr(ctx, 'col_note'), weight: 2.45 },
  ];
  const outline = printedOutline(ctx.state, kind);
  blocks.push(caption(ctx, tr(ctx, `caption_${kind}`)));
  // A form to fill in, not a table of data: no source note under it.
  blocks.push(dataTable(ctx, columns, checklistRows(ctx, outline, columns.length), orientation));
  return blocks;
}

/** The observation guide as a checklist table. */
export function observationGuide(ctx: AppendixContext, orientation: Orientation): Block[] {
  return checklist(ctx, 'observation', orientation);
}

/** The documentation guide as a checklist table. */
export function documentationGuide(ctx: AppendixContext, orientation: Orientation): Block[] {
  return checklist(ctx, 'documentation', orientation);
}

const WRITERS: Record<InstrumentKind, (ctx: AppendixContext, orientation: Orientation) => Block[]> = {
  interview: (ctx) => interviewGuide(ctx),
  observation: observationGuide,
  documentation: documentationGuide,
};

/**
 * The format of the stand-alone guide: the thesis format, with its tables numbered plainly
 * ("Tabel 1", as BAB III of a proposal numbers its kisi-kisi) rather than per lampiran.
 * The one place the guide adapts AppendixFormat.
 */
function standaloneFormat(format: Partial<AppendixFormat> | undefined): AppendixFormat {
  return { ...resolveFormat(format), tableNumbering: 'chapter', chapter: '', firstTableNumber: 1 };
}

export interface GuideDocxOptions {
  locale: Locale;
  format?: Partial<AppendixFormat>;
  /** Which instruments, in order; default all three that have items. */
  kinds?: InstrumentKind[];
  now?: Date;
}

/**
 * The research instruments as one Word document for the proposal: each instrument on its
 * own pages under its title (PEDOMAN WAWANCARA …) and the study's title.
 *
 * @throws RangeError when the project has no instrument with items
 */
export async function buildGuideDocx(state: ProjectState, options: GuideDocxOptions): Promise<Uint8Array> {
  const kinds = (options.kinds ?? [...KINDS]).filter((kind) => hasGuideItems(state, kind));
  if (kinds.length === 0) throw new RangeError('buildGuideDocx: the project has no instruments');
  const format = standaloneFormat(options.format);
  const ctx = createContext(state, format, options.locale, options.now ?? new Date());
  const sections: ISectionOptions[] = kinds.map((kind, i) => {
    const title = [
      new Paragraph({ style: 'Heading1', text: tr(ctx, `title_${kind}`) }),
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: state.project.title, bold: true })] }),
    ];
    return appendixSection([...title, ...WRITERS[kind](ctx, 'portrait')], format, { orientation: 'portrait', first: i === 0 });
  });
  const document = new Document({
    title: state.project.title,
    creator: state.project.researcher || 'Pilah',
    styles: appendixStyles(format, options.locale),
    sections,
  });
  return Packer.pack(document, 'uint8array');
}
