/**
 * Sections: every part of the appendix starts on a new page in a section of its own, portrait
 * or landscape (for wide matrices), all on A4 with the thesis margins and one arabic page
 * numbering that runs on from section to section.
 */
import type { ISectionOptions } from 'docx';
import { AlignmentType, Footer, Header, NumberFormat, PageNumber, PageOrientation, Paragraph, SectionType, TextRun } from 'docx';
import type { Block } from './blocks';
import type { AppendixFormat, Orientation } from './format';
import { A4_TWIPS, cmToTwips, sectionMargins } from './format';

function pageNumberParagraph(align: 'center' | 'right', format: AppendixFormat): Paragraph {
  return new Paragraph({
    alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.RIGHT,
    spacing: { line: 240, before: 0, after: 0 },
    // The body's size, whatever Normal is (the appendix's Normal is the table text).
    children: [new TextRun({ size: format.fontSize * 2, children: [PageNumber.CURRENT] })],
  });
}

/**
 * One section of the appendix.
 *
 * @param first the document's first section: it sets where page numbering starts; later
 *   sections carry on counting from the previous page
 */
export function appendixSection(
  children: Block[],
  format: AppendixFormat,
  options: { orientation: Orientation; first: boolean },
): ISectionOptions {
  const margins = sectionMargins(format, options.orientation);
  const placement = format.pageNumbers;
  const number = pageNumberParagraph(placement === 'footer-center' ? 'center' : 'right', format);
  return {
    properties: {
      type: SectionType.NEXT_PAGE,
      page: {
        // Given as portrait; docx swaps width and height for a landscape section.
        size: {
          width: A4_TWIPS.width,
          height: A4_TWIPS.height,
          orientation: options.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { ...margins, header: cmToTwips(2), footer: cmToTwips(2), gutter: 0 },
        pageNumbers: options.first
          ? { start: format.firstPageNumber, formatType: NumberFormat.DECIMAL }
          : { formatType: NumberFormat.DECIMAL },
      },
    },
    ...(placement === 'header-right'
      ? { headers: { default: new Header({ children: [number] }) } }
      : { footers: { default: new Footer({ children: [number] }) } }),
    children,
  };
}
