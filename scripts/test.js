// Runs every check in order (types, build, size, unit, package, e2e) and ends with one line
// summing all runners as `N passed, M failed`, so a run that executed no test is visible.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { findChromium } from './find-chromium.js';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', shell: false }).status === 0;
const npx = (...args) => run('npx', args);

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

let failedSteps = 0;
const step = (name, ok) => {
  if (!ok) {
    failedSteps++;
    console.error(`\n✗ ${name} failed`);
  }
  return ok;
};

step('type check', npx('tsc', '--noEmit'));
const built = step('build', run('npm', ['run', '--silent', 'build']));
step('size budget', built && run('node', ['scripts/check-size.js']));
step('unit tests', npx('vitest', 'run'));
// Packs and builds a clean copy, installs the tarball in an empty app, runs attw and publint.
step('package tests', run('npm', ['run', '--silent', 'test:package']));
if (!findChromium()) {
  console.log('No Chromium found; installing Playwright\'s own.');
  npx('playwright', 'install', 'chromium');
}
step('e2e tests', built && npx('playwright', 'test'));

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
const unit = read('test-results/unit.json');
const pack = read('test-results/package.json');
/** A count over both Vitest runs, the unit tests and the package tests. */
const count = (field) => (unit?.[field] ?? 0) + (pack?.[field] ?? 0);
const e2e = read('test-results/e2e.json');
const passed = count('numPassedTests') + (e2e?.stats.expected ?? 0);
const failed = count('numFailedTests') + (e2e ? e2e.stats.unexpected + e2e.stats.flaky : 0) + failedSteps;
const skipped = count('numPendingTests') + (e2e?.stats.skipped ?? 0);
const summary = `${passed} passed, ${failed} failed`;
writeFileSync('test-results/summary.txt', `${summary}\n`);
console.log(
  `\nunit: ${unit?.numPassedTests ?? 0} passed, ${unit?.numFailedTests ?? 0} failed; package: ${pack?.numPassedTests ?? 0} passed, ${pack?.numFailedTests ?? 0} failed; e2e: ${e2e?.stats.expected ?? 0} passed, ${e2e ? e2e.stats.unexpected + e2e.stats.flaky : 0} failed; skipped: ${skipped}; failed steps: ${failedSteps}`,
);
console.log(summary);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
