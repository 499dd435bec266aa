#!/usr/bin/env node
// `npm test`: type checks, lint, build, then every vitest project; ends with the one summary
// line CI reads: "N passed, N failed". Type checks and lint count as one check each.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0 };
const run = (label, cmd, args) => {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return r.status === 0;
};
const check = (label, cmd, args) => {
  if (run(label, cmd, args)) results.passed++;
  else {
    results.failed++;
    console.log(`✗ ${label} failed`);
  }
};

check('type check: shared (pure)', 'node_modules/.bin/tsc', ['-p', 'tsconfig.shared.json']);
check('type check: main, preload, CLI, tests', 'node_modules/.bin/tsc', ['-p', 'tsconfig.json']);
check('type check: renderer', 'node_modules/.bin/tsc', ['-p', 'tsconfig.renderer.json']);
check('lint', 'node_modules/.bin/eslint', ['.']);
check('build renderer', 'node_modules/.bin/vite', ['build', '--logLevel', 'warn']);
// The CLI's tests run `pilah` as users do, from its build: build it from the sources as they are.
check('build CLI', process.execPath, ['scripts/build-cli.mjs']);

// Unit tests first, then the browser tests on their own, so Chromium does not compete
// with unit-test workers for the two cores.
for (const project of ['unit', 'e2e']) {
  const report = `.vitest-results-${project}.json`;
  rmSync(report, { force: true });
  run(`vitest: ${project}`, 'node_modules/.bin/vitest', ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    results.passed += json.numPassedTests ?? 0;
    results.failed += (json.numFailedTests ?? 0) + (json.numFailedTestSuites ?? 0);
  } else {
    results.failed++;
    console.log(`✗ vitest ${project} produced no report`);
  }
}

console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed === 0 ? 0 : 1);
