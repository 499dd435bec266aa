/** The bare `docx` document of the floors: the same paragraphs, runs and tables, without any styling. */
import { Document, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

/** A paragraph (its runs' texts) or a table (rows → cells → paragraphs' texts). */
export type FloorBlock = { p: string[] } | { table: string[][][] };

const paragraph = (runs: readonly string[]) => new Paragraph({ children: runs.map((text) => new TextRun(text)) });

export function floorBlocks(blocks: readonly FloorBlock[]): (Paragraph | Table)[] {
  return blocks.map((block) =>
    'p' in block
      ? paragraph(block.p)
      : new Table({
          rows: block.table.map(
            (cells) => new TableRow({ children: cells.map((texts) => new TableCell({ children: (texts.length ? texts : ['']).map((t) => paragraph([t])) })) }),
          ),
        }),
  );
}

export function floorDocument(blocks: readonly FloorBlock[], extra: readonly Paragraph[] = []): Document {
  return new Document({ sections: [{ children: [...floorBlocks(blocks), ...extra] }] });
}
