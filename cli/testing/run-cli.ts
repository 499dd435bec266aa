/**
 * The `pilah` command as a user runs it, for the CLI's tests: a real Node process on
 * bin/pilah.mjs, its exit code and what it printed. The environment's language is cleared,
 * so messages are Indonesian unless a test passes `--lang`.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

const BIN = resolve('bin/pilah.mjs');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `pilah <args>` in `cwd` (with `env` added to the environment) and waits for it to end; never rejects. */
export function pilah(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, LANG: 'C', PILAH_LANG: '', ...env }, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}
