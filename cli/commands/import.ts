/**
 * pilah import <file>… --out <project.qdpx> [--title T] [--framework F]…
 * Transcripts (.docx, .txt), PDF documents, fieldwork photos (.jpg, .jpeg, .png) and codebooks (.qdc) are added to the project (created if need
 * be); another tool's project (.qdpx) is converted into a new Pilah project file, with what
 * Pilah left out printed. Every file is read and converted before anything is written: one
 * bad file, no change.
 */
import { parseArgs } from 'node:util';
import { basename, extname, resolve } from 'node:path';
import { checkTranscriptSize, describeTranscriptNotice, importTranscript } from '../../shared/import';
import { addImportedTranscripts, createProject } from '../../shared/project';
import { readPictureFiles, addPictures } from '../pictures';
import { action, commitAll } from '../../shared/actions';
import { snapshotFromState, stateFromSnapshot, type ProjectState } from '../../shared/model/changeset';
import type { FrameworkId, ImportedTranscript, Locale } from '../../shared/model/types';
import { translate } from '../../shared/i18n';
import { describeProjectFileWarning, type ProjectFileWarning } from '../../shared/refi/errors';
import type { ReadQdcResult } from '../../shared/refi';
import { cliLocale, ProjectFileReadError, UsageError } from '../errors';
import { exists, openProjectFile, readBounded, refuseLossyWrite, writeProjectFile } from '../files';
import { nodeInflate } from '../inflate';

const FRAMEWORK_IDS: readonly FrameworkId[] = ['empowerment', 'edward3', 'woolcock', 'mouzelis', 'factors'];

const kindOf = (path: string): 'project' | 'codebook' | 'picture' | 'transcript' => {
  const ext = extname(path).toLowerCase();
  return ext === '.qdpx' ? 'project' : ext === '.qdc' ? 'codebook' : /^\.(jpe?g|png)$/.test(ext) ? 'picture' : 'transcript';
};

export async function runImport(args: string[]): Promise<void> {
  const locale = cliLocale(args);
  const { values, positionals } = parseCli(args, locale);
  const out = values.out;
  if (!out) throw new UsageError(translate(locale, 'cli:needOut'));
  if (positionals.length === 0) throw new UsageError(translate(locale, 'cli:needFiles'));
  if (extname(out).toLowerCase() !== '.qdpx') throw new UsageError(translate(locale, 'cli:outMustBeQdpx', { file: out }));
  const frameworks = (values.framework ?? []).map((f) => {
    if (!FRAMEWORK_IDS.includes(f as FrameworkId)) {
      throw new UsageError(translate(locale, 'cli:unknownFramework', { framework: f, known: FRAMEWORK_IDS.join(', ') }));
    }
    return f as FrameworkId;
  });

  const projects = positionals.filter((p) => kindOf(p) === 'project');
  if (projects.length > 0) {
    if (positionals.length > 1) throw new UsageError(translate(locale, 'refi:cli-project-alone', { file: projects[0]! }));
    await convertProject(projects[0]!, out, values.title, locale);
    return;
  }

  const codebooks: { path: string; codebook: ReadQdcResult }[] = [];
  const imported: ImportedTranscript[] = [];
  // Photos are read (and refused) with everything else, before anything is written.
  const pictures = await readPictureFiles(positionals.filter((p) => kindOf(p) === 'picture'), locale);
  for (const path of positionals) {
    if (kindOf(path) === 'picture') continue;
    if (kindOf(path) === 'codebook') {
      codebooks.push({ path, codebook: await readCodebook(path, await readBounded(path, locale)) });
      continue;
    }
    // A transcript's own limit is checked on its size, before a byte of it is read.
    const name = basename(path);
    const bytes = await readBounded(path, locale, (size) => checkTranscriptSize(name, size));
    imported.push(await importTranscript({ name, bytes }, { inflate: nodeInflate }));
  }

  const snapshot = (await exists(out)) ? await reopen(out, locale) : createProject({ title: values.title ?? basename(out, extname(out)), frameworks });
  let state: ProjectState = stateFromSnapshot(snapshot);
  if (values.title) state = { ...state, project: { ...state.project, title: values.title } };
  const lines: string[] = [];
  // The project-file readers (and zod, which checks Pilah's extras) load only for a codebook
  // or another tool's project: importing transcripts does without them.
  const { mergeCodebook } = codebooks.length > 0 ? await import('../../shared/refi') : { mergeCodebook: null };
  for (const { path, codebook } of codebooks) {
    let merge = { added: 0, merged: 0 };
    state = commitAll(state, [
      action('importCodebook', (s) => {
        const merged = mergeCodebook!(s, codebook.codes);
        merge = merged;
        return merged.changeset;
      }),
    ]);
    lines.push(translate(locale, 'refi:cli-codebook-added', { added: merge.added, merged: merge.merged, source: basename(path), file: out }));
    lines.push(...leftOut(codebook.warnings, locale));
  }
  if (imported.length > 0) {
    state = commitAll(state, [action('importTranscripts', (s, by) => addImportedTranscripts(s, imported, by.now).changeset)]);
  }
  if (pictures.length > 0) state = addPictures(state, pictures);
  if (imported.length > 0 || pictures.length > 0) {
    lines.push(importedSentence(locale, imported, pictures.length, out));
    for (const transcript of imported) lines.push(...(transcript.notices ?? []).map((n) => describeTranscriptNotice(n, locale, transcript.fileName)));
  }
  await writeProjectFile(out, snapshotFromState(state), locale);
  process.stdout.write(lines.join('\n') + '\n');
}

/** The project the transcripts are added to; refused if rewriting it would lose anything it holds. */
async function reopen(out: string, locale: Locale) {
  const opened = await openProjectFile(out, locale);
  refuseLossyWrite(opened, out, 'rewrite', locale);
  return opened.snapshot;
}

/** Another tool's project as a new Pilah project file; an existing file is never replaced. */
async function convertProject(path: string, out: string, title: string | undefined, locale: Locale): Promise<void> {
  if (resolve(path) === resolve(out) || (await exists(out))) throw new UsageError(translate(locale, 'refi:cli-out-exists', { file: out }));
  const bytes = await readBounded(path, locale);
  const { importQdpx } = await import('../../shared/refi');
  let result;
  try {
    result = await importQdpx(bytes, { locale, inflate: nodeInflate });
  } catch (err) {
    throw new ProjectFileReadError(basename(path), err);
  }
  refuseLossyWrite(result, path, 'convert', locale);
  const { snapshot, warnings, producer } = result;
  if (title) snapshot.project.title = title;
  await writeProjectFile(out, snapshot, locale);
  const lines = [
    translate(locale, 'refi:opened-from', { producer: translate(locale, `refi:producer-${producer.id}`), origin: producer.origin || '?' }),
    translate(locale, 'refi:cli-converted', {
      title: snapshot.project.title,
      file: out,
      documents: snapshot.documents.length,
      codes: snapshot.codes.length,
      segments: snapshot.segments.length,
      informants: snapshot.informants.length,
    }),
    ...(warnings.length > 0 ? leftOut(warnings, locale) : [translate(locale, 'refi:nothing-skipped')]),
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

/**
 * "2 transkrip, 1 dokumen PDF, dan 1 foto diimpor ke p.qdpx.": each kind counted as the
 * project now holds it (an interview transcript, another text document, a PDF, a photo).
 */
function importedSentence(locale: Locale, imported: readonly ImportedTranscript[], photos: number, file: string): string {
  const pdfs = imported.filter((t) => t.medium === 'pdf').length;
  const transcripts = imported.filter((t) => t.medium !== 'pdf' && t.kind === 'interview').length;
  const documents = imported.length - pdfs - transcripts;
  const parts = (
    [
      ['importedTranscripts', transcripts],
      ['importedDocuments', documents],
      ['importedPdfs', pdfs],
      ['importedPhotos', photos],
    ] as const
  )
    .filter(([, count]) => count > 0)
    .map(([key, count]) => translate(locale, `cli:${key}`, { count }));
  return translate(locale, 'cli:imported', { what: new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts), file });
}

async function readCodebook(path: string, bytes: Uint8Array): Promise<ReadQdcResult> {
  const { readQdc } = await import('../../shared/refi');
  try {
    return readQdc(bytes);
  } catch (err) {
    throw new ProjectFileReadError(basename(path), err);
  }
}

/** The list of what Pilah left out, one line each under a heading. */
function leftOut(warnings: readonly ProjectFileWarning[], locale: Locale): string[] {
  if (warnings.length === 0) return [];
  return [translate(locale, 'refi:cli-left-out'), ...warnings.map((w) => `- ${describeProjectFileWarning(w, locale)}`)];
}

function parseCli(args: string[], locale: Locale) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        title: { type: 'string' },
        framework: { type: 'string', multiple: true },
        lang: { type: 'string' },
      },
    });
  } catch (err) {
    throw new UsageError(translate(locale, 'cli:badOptions', { detail: err instanceof Error ? err.message : String(err) }));
  }
}
