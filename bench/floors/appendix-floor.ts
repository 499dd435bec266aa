/**
 * The floor of writing the Word appendix: Node starting, loading `docx` (the version the app
 * uses), reading the appendix's paragraphs, runs and tables and packing them into a .docx
 * without any styling. Usage: node appendix-floor.mjs content.json out.docx
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

/** A paragraph (its runs' texts) or a table (rows → cells → paragraphs' texts). */
export type FloorBlock = { p: string[] } | { table: string[][][] };

const paragraph = (runs: readonly string[]) => new Paragraph({ children: runs.map((text) => new TextRun(text)) });

export function floorDocument(blocks: readonly FloorBlock[]): Document {
  const children = blocks.map((block) =>
    'p' in block
      ? paragraph(block.p)
      : new Table({
          rows: block.table.map(
            (cells) => new TableRow({ children: cells.map((texts) => new TableCell({ children: (texts.length ? texts : ['']).map((t) => paragraph([t])) })) }),
          ),
        }),
  );
  return new Document({ sections: [{ children }] });
}

const [input, output] = process.argv.slice(2);
if (input && output) {
  const blocks = JSON.parse(readFileSync(input, 'utf8')) as FloorBlock[];
  writeFileSync(output, await Packer.toBuffer(floorDocument(blocks)));
}
