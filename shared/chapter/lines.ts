/**
 * The Bab IV draft as plain lines before it becomes Word: what the builder decides to say
 * (the student's text, template sentences, placeholders, quotes, figures), so the Word file
 * and the in-app preview of an indicator are one output shown two ways.
 */
import { AlignmentType, HeadingLevel, ImageRun, LineRuleType, Paragraph, TextRun } from 'docx';
import { STYLE } from '../appendix/blocks';
import type { AppendixFormat } from '../appendix/format';
import { A4_TWIPS, sectionMargins, textWidthTwips } from '../appendix/format';
import type { ChapterFigure } from './figures';

export type DraftLine =
  | { kind: 'title'; text: string; subtitle: string }
  | { kind: 'heading'; level: 2 | 3 | 4; text: string }
  /** A sentence: the student's own words or a template filled with stored data. */
  | { kind: 'text'; text: string }
  /** Missing material, highlighted in Word so it cannot be missed. */
  | { kind: 'placeholder'; text: string }
  /** An evidence quote, verbatim, with its citation. */
  | { kind: 'quote'; words: string; citation: string }
  /** A figure with its caption ("Gambar 4.1 …") and source line. */
  | { kind: 'figure'; figure: ChapterFigure; caption: string; source: string | null };

/** A line as the preview shows it (quotes in quotation marks, then the citation). */
export function lineText(line: DraftLine): string {
  switch (line.kind) {
    case 'title':
      return `${line.text}\n${line.subtitle}`;
    case 'quote':
      return `“${line.words}” ${line.citation}`;
    case 'figure':
      return line.caption;
    default:
      return line.text;
  }
}

const TWIPS_PER_PX = 15;
/** Room kept on a page for the caption and the source line under a figure. */
const CAPTION_ROOM_TWIPS = 1700;

/** The size a figure is placed at: the page's text width at most, and the page's height less its caption. */
export function placedSize(figure: Pick<ChapterFigure, 'width' | 'height'>, format: AppendixFormat): { width: number; height: number } {
  const margins = sectionMargins(format, 'portrait');
  const maxWidth = textWidthTwips(format, 'portrait') / TWIPS_PER_PX;
  const maxHeight = (A4_TWIPS.height - margins.top - margins.bottom - CAPTION_ROOM_TWIPS) / TWIPS_PER_PX;
  const scale = Math.min(1, maxWidth / figure.width, maxHeight / figure.height);
  return { width: Math.round(figure.width * scale), height: Math.round(figure.height * scale) };
}

/** The Word paragraphs of the lines; `png` holds each figure's PNG bytes by name. */
export function linesToParagraphs(lines: DraftLine[], format: AppendixFormat, png: Map<string, Uint8Array>): Paragraph[] {
  const body = (children: TextRun[]): Paragraph => new Paragraph({ style: STYLE.note, alignment: AlignmentType.JUSTIFIED, children });
  return lines.flatMap((line): Paragraph[] => {
    switch (line.kind) {
      case 'title':
        return [new Paragraph({ style: 'Heading1', children: [new TextRun({ text: line.text }), new TextRun({ text: line.subtitle, break: 1 })] })];
      case 'heading': {
        const level = line.level === 2 ? HeadingLevel.HEADING_2 : line.level === 3 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_4;
        return [new Paragraph({ heading: level, text: line.text })];
      }
      case 'text':
        return [body([new TextRun({ text: line.text })])];
      case 'placeholder':
        return [body([new TextRun({ text: line.text, italics: true, highlight: 'yellow' })])];
      case 'quote':
        return [
          new Paragraph({
            style: STYLE.quote,
            children: [new TextRun({ text: `“${line.words}”` }), new TextRun({ text: ` ${line.citation}`, italics: false })],
          }),
        ];
      case 'figure':
        return figureParagraphs(line, format, png.get(line.figure.name));
    }
  });
}

/** The picture (SVG for Word, the PNG as its fallback), centred and kept with its caption, then the caption and source. */
function figureParagraphs(line: Extract<DraftLine, { kind: 'figure' }>, format: AppendixFormat, png: Uint8Array | undefined): Paragraph[] {
  if (!png) return [];
  const size = placedSize(line.figure, format);
  const picture = new ImageRun({
    type: 'svg',
    data: new TextEncoder().encode(line.figure.svg),
    fallback: { type: 'png', data: png },
    transformation: size,
    altText: { name: line.figure.name, title: line.caption, description: line.caption },
  });
  return [
    // The line rule spelled out: LibreOffice reads a line height without one as exact, and cuts the picture to one line.
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, keepLines: true, spacing: { before: 240, after: 0, line: 240, lineRule: LineRuleType.AUTO }, children: [picture] }),
    new Paragraph({ style: 'Caption', keepNext: line.source !== null, text: line.caption }),
    ...(line.source !== null ? [new Paragraph({ style: STYLE.sourceNote, alignment: AlignmentType.CENTER, text: line.source })] : []),
  ];
}
