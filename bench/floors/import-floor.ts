/**
 * The floor of importing a .docx from the command line: Node starting, loading mammoth and
 * extracting the raw text of the file, nothing else. Usage: node import-floor.mjs file.docx
 */
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';

const result = await mammoth.extractRawText({ buffer: readFileSync(process.argv[2]!) });
if (result.value.length === 0) throw new Error('no text');
