/**
 * `pilah` — a thin command line over shared/: import transcripts into a project file, print
 * what a project holds, export the thesis appendix and the other files, compare coders, and
 * build the demo projects. Errors are one sentence on stderr and a non-zero exit;
 * a project file is only ever replaced whole, after everything succeeded.
 */
import { cliLocale, describeCliError, UsageError } from './errors';
import { translate } from '../shared/i18n';

type Command = (args: string[]) => Promise<void>;

/** Each command is loaded when it runs, so a command loads only the libraries it uses (docx, exceljs, mammoth …). */
const COMMANDS: Record<string, () => Promise<Command>> = {
  agreement: async () => (await import('./commands/agreement')).runAgreement,
  demo: async () => (await import('./commands/demo')).runDemo,
  export: async () => (await import('./commands/export')).runExport,
  import: async () => (await import('./commands/import')).runImport,
  info: async () => (await import('./commands/info')).runInfo,
  sync: async () => (await import('./commands/sync')).runSync,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const locale = cliLocale(argv);
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(translate(locale, 'cli:usage') + '\n');
    return 0;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${PILAH_VERSION}\n`);
    return 0;
  }
  const load = COMMANDS[command];
  try {
    if (!load) throw new UsageError(translate(locale, 'cli:unknownCommand', { command }));
    await (await load())(rest);
    return 0;
  } catch (err) {
    process.stderr.write(describeCliError(err, locale) + '\n');
    return err instanceof UsageError ? 2 : 1;
  }
}

const PILAH_VERSION = '0.1.0';

process.exitCode = await main(process.argv.slice(2));
