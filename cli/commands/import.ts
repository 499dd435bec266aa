/**
 * pilah import <file>… --out <project.qdpx> [--title T] [--framework F]…
 * Creates the project (or adds to an existing one) with one informant per transcript.
 * Every file is read and converted before anything is written: one bad file, no change.
 */
import { parseArgs } from 'node:util';
import { basename, extname } from 'node:path';
import { importTranscript } from '../../shared/import';
import { addImportedTranscripts, createProject } from '../../shared/project';
import { applyChangeset, snapshotFromState, stateFromSnapshot } from '../../shared/model/changeset';
import type { FrameworkId, ImportedTranscript } from '../../shared/model/types';
import { translate } from '../../shared/i18n';
import { cliLocale, UsageError } from '../errors';
import { exists, readBounded, readProjectFile, writeProjectFile } from '../files';

const FRAMEWORK_IDS: readonly FrameworkId[] = ['empowerment', 'edward3', 'woolcock', 'mouzelis', 'factors'];

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

  const imported: ImportedTranscript[] = [];
  for (const path of positionals) {
    const bytes = await readBounded(path, locale);
    imported.push(await importTranscript({ name: basename(path), bytes }));
  }

  const snapshot = (await exists(out))
    ? await readProjectFile(out, locale)
    : createProject({ title: values.title ?? basename(out, extname(out)), frameworks });
  let state = stateFromSnapshot(snapshot);
  if (values.title) state = { ...state, project: { ...state.project, title: values.title } };
  const { changeset } = addImportedTranscripts(state, imported);
  state = applyChangeset(state, changeset);
  await writeProjectFile(out, snapshotFromState(state));
  process.stdout.write(translate(locale, 'cli:imported', { count: imported.length, file: out }) + '\n');
}

function parseCli(args: string[], locale: 'id' | 'en') {
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
