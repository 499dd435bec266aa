/** How the CLI chooses its language and turns any failure into one sentence. */
import { translate } from '../shared/i18n';
import type { Locale } from '../shared/model/types';
// The error modules only, not the readers and writers behind them: `pilah --version` and
// `--help` load nothing they do not use.
import { describeImportError, ImportError } from '../shared/import/errors';
import { describeProjectFileError, ProjectFileError } from '../shared/refi/errors';

/** A mistake in how the command was called (exit code 2). */
export class UsageError extends Error {}

/** A failure the CLI already phrased for the user. */
export class CliError extends Error {}

/** A project file that could not be read, with the file it came from. */
export class ProjectFileReadError extends Error {
  constructor(
    readonly fileName: string,
    readonly reason: unknown,
  ) {
    super(String(reason));
  }
}

/** `--lang id|en` wins; otherwise the environment's language (LANG=id_ID… → Indonesian). */
export function cliLocale(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Locale {
  const i = argv.indexOf('--lang');
  const flag = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
  if (flag === 'id' || flag === 'en') return flag;
  const lang = env.PILAH_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return /^id|^in_/i.test(lang) ? 'id' : 'en';
}

export function describeCliError(err: unknown, locale: Locale): string {
  if (err instanceof UsageError || err instanceof CliError) return err.message;
  if (err instanceof ImportError) return describeImportError(err, locale);
  if (err instanceof ProjectFileReadError) {
    if (err.reason instanceof ProjectFileError) return describeProjectFileError(err.reason, locale, err.fileName);
    return translate(locale, 'cli:projectUnreadable', { file: err.fileName });
  }
  if (err instanceof ProjectFileError) return describeProjectFileError(err, locale, '');
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const path = (err as NodeJS.ErrnoException | null)?.path ?? '';
  if (code === 'ENOENT') return translate(locale, 'cli:fileMissing', { file: path });
  if (code === 'EISDIR') return translate(locale, 'cli:isFolder', { file: path });
  if (code === 'EACCES' || code === 'EPERM') return translate(locale, 'cli:noPermission', { file: path });
  return translate(locale, 'cli:unexpected', { detail: err instanceof Error ? err.message.split('\n')[0]! : String(err) });
}
