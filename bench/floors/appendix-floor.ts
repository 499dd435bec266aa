/**
 * The floor of writing the Word appendix: Node starting, loading `docx` (the version the app
 * uses), reading the appendix's paragraphs, runs and tables and packing them into a .docx
 * without any styling. Usage: node appendix-floor.mjs content.json out.docx
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Packer } from 'docx';
import { floorDocument, type FloorBlock } from './docx-floor';

export type { FloorBlock } from './docx-floor';

const [input, output] = process.argv.slice(2);
if (input && output) {
  const blocks = JSON.parse(readFileSync(input, 'utf8')) as FloorBlock[];
  writeFileSync(output, await Packer.toBuffer(floorDocument(blocks)));
}
