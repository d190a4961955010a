// Size is a feature: fails when a shipped bundle outgrows its gzip budget (package.json
// "budgets"), when the README's size table drifts from those budgets, and when a budget stands
// above its target without a CHANGELOG.md line naming what costs the bytes.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';

/** The targets the issues set; a budget above one needs its line in the changelog. */
const TARGETS = {
  'consentry.js': 10240,
  'consentry.js + consentry-ui.js': 15360,
  'consentry (npm)': 20200,
  'consentry/core (npm)': 9216,
};

const { budgets } = JSON.parse(readFileSync('package.json', 'utf8'));
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Gzip bytes of what a user downloads for each entry. */
export function measure() {
  // npm entries are measured as an app bundler would ship them: minified, dependencies included.
  const bundle = (entry) =>
    buildSync({ entryPoints: [entry], bundle: true, minify: true, write: false, format: 'esm', logLevel: 'error', define: { 'process.env.NODE_ENV': '"production"' } })
      .outputFiles[0].contents;
  const loader = gzip(readFileSync('dist/consentry.js'));
  return {
    // What every page view loads, and what a visit that shows the banner loads besides.
    'consentry.js': loader,
    'consentry.js + consentry-ui.js': loader + gzip(readFileSync('dist/consentry-ui.js')),
    'consentry (npm)': gzip(bundle('dist/index.js')),
    'consentry/core (npm)': gzip(bundle('dist/core.js')),
  };
}

const sizes = measure();
const readme = readFileSync('README.md', 'utf8');
const changelog = readFileSync('CHANGELOG.md', 'utf8');
const number = (bytes) => bytes.toLocaleString('en-US');
let failed = false;
for (const [name, bytes] of Object.entries(sizes)) {
  const limit = budgets[name];
  const target = TARGETS[name];
  const problems = [];
  if (limit === undefined) problems.push('no budget in package.json');
  else {
    if (bytes > limit) problems.push('over budget');
    const row = `| \`${name}\` | ${number(target)} B | ${number(limit)} B |`;
    if (!readme.includes(row)) problems.push(`README needs the row "${row}"`);
    if (limit > target && !changelog.includes(`\`${name}\`: budget ${number(limit)} B`)) {
      problems.push(`above its target: CHANGELOG.md needs a line "\`${name}\`: budget ${number(limit)} B, …" naming what costs the bytes`);
    }
  }
  console.log(`${problems.length ? '✗' : '✓'} ${name}: ${bytes} B gzip, target ${target} B, budget ${limit} B${problems.length ? ` (${problems.join('; ')})` : ''}`);
  if (problems.length) failed = true;
}
process.exit(failed ? 1 : 0);
