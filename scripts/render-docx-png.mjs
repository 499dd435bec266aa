#!/usr/bin/env node
// Renders a Word file to PNG pages the way LibreOffice lays it out, to look at an exported
// appendix without Word: LibreOffice (headless) converts it to PDF, pdftoppm draws the pages.
// Not run in CI (LibreOffice takes seconds to minutes per file).
//
//   node scripts/render-docx-png.mjs <in.docx> <outdir> [--first N] [--last N] [--resolution 80]
//
// Writes <outdir>/<name>.pdf and <outdir>/<name>-<page>.png, and prints the pages written.
// Needs `soffice` and `pdftoppm`: apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function run(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 15 * 60 * 1000 });
  if (result.error?.code === 'ENOENT') {
    fail(`${command} is not installed: apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils`);
  }
  if (result.error) fail(`${command} failed: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} exited with ${result.status}: ${(result.stderr || result.stdout).trim()}`);
  return result;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { first: { type: 'string' }, last: { type: 'string' }, resolution: { type: 'string', default: '80' } },
});
const [input, outdir] = positionals;
if (!input || !outdir || positionals.length > 2) fail('usage: node scripts/render-docx-png.mjs <in.docx> <outdir> [--first N] [--last N] [--resolution 80]');
if (!existsSync(input)) fail(`${input} not found`);
mkdirSync(outdir, { recursive: true });

// A profile of its own, so a LibreOffice already open (or another render) does not swallow the job.
const profile = mkdtempSync(join(tmpdir(), 'pilah-soffice-'));
const name = basename(input, extname(input));
const pdf = join(outdir, `${name}.pdf`);
try {
  run('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', resolve(outdir), resolve(input)]);
} finally {
  rmSync(profile, { recursive: true, force: true });
}
if (!existsSync(pdf)) fail(`LibreOffice wrote no PDF for ${input}: the file may be damaged`);

const pages = ['-png', '-r', values.resolution];
if (values.first) pages.push('-f', values.first);
if (values.last) pages.push('-l', values.last);
run('pdftoppm', [...pages, pdf, join(outdir, name)]);
const written = readdirSync(outdir).filter((file) => file.startsWith(`${name}-`) && file.endsWith('.png')).sort();
process.stdout.write(`${pdf}\n${written.map((file) => join(outdir, file)).join('\n')}\n`);
