// Size is a feature: fails when a shipped bundle outgrows its gzip budget (package.json
// "budgets"), when the README's size table drifts from those budgets, and when a budget stands
// above its target without a CHANGELOG.md line naming what costs the bytes.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The size targets; a budget above one needs its line in the changelog. */
const TARGETS = {
  'consentry.js': 10240,
  'consentry.js + consentry-ui.js': 15360,
  'consentry-gpp.js': 2048,
  'i18n/<lang>.js (largest)': 1024,
  'consentry (npm)': 20200,
  'consentry/core (npm)': 9216,
};

const { budgets } = JSON.parse(readFileSync('package.json', 'utf8'));
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Gzip bytes of what a user downloads for each entry. */
export async function measure() {
  // npm entries are measured as an app bundler would ship them: minified, dependencies included.
  // A dynamic import (the GPP chunk, loaded only when `gpp` is on) stays out, as a bundler splits it.
  const lazy = { name: 'lazy', setup: (build) => build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined)) };
  const bundle = async (entry) =>
    (await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      logLevel: 'error',
      plugins: [lazy],
      define: { 'process.env.NODE_ENV': '"production"' },
    })).outputFiles[0].contents;
  const loader = gzip(readFileSync('dist/consentry.js'));
  return {
    // What every page view loads, and what a visit that shows the banner loads besides.
    'consentry.js': loader,
    'consentry.js + consentry-ui.js': loader + gzip(readFileSync('dist/consentry-ui.js')),
    // The add-on a page with `gpp` on loads besides.
    'consentry-gpp.js': gzip(readFileSync('dist/consentry-gpp.js')),
    // What a visit in another language loads besides the UI file.
    'i18n/<lang>.js (largest)': Math.max(...readdirSync('dist/i18n').filter((file) => file.endsWith('.js')).map((file) => gzip(readFileSync(`dist/i18n/${file}`)))),
    'consentry (npm)': gzip(await bundle('dist/index.js')),
    'consentry/core (npm)': gzip(await bundle('dist/core.js')),
  };
}

const sizes = await measure();
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
