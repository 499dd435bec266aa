/**
 * `pilah` — a thin command line over shared/: import transcripts into a project file, print
 * what a project holds, export the thesis appendix and the other files, compare coders, and
 * build the demo projects. Errors are one sentence on stderr and a non-zero exit;
 * a project file is only ever replaced whole, after everything succeeded.
 */
import { runAgreement } from './commands/agreement';
import { runDemo } from './commands/demo';
import { runExport } from './commands/export';
import { runImport } from './commands/import';
import { runInfo } from './commands/info';
import { cliLocale, describeCliError, UsageError } from './errors';
import { translate } from '../shared/i18n';

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  agreement: runAgreement,
  demo: runDemo,
  export: runExport,
  import: runImport,
  info: runInfo,
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
  const run = COMMANDS[command];
  try {
    if (!run) throw new UsageError(translate(locale, 'cli:unknownCommand', { command }));
    await run(rest);
    return 0;
  } catch (err) {
    process.stderr.write(describeCliError(err, locale) + '\n');
    return err instanceof UsageError ? 2 : 1;
  }
}

const PILAH_VERSION = '0.1.0';

process.exitCode = await main(process.argv.slice(2));
