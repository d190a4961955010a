// Size is a feature: fails when a shipped bundle outgrows its gzip budget (package.json
// "budgets"), and when the README's size table drifts from those budgets.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';

const { budgets } = JSON.parse(readFileSync('package.json', 'utf8'));

/** Gzip bytes of what a user downloads for each entry. */
export function measure() {
  // npm entries are measured as an app bundler would ship them: minified, dependencies included.
  const bundle = (entry) =>
    buildSync({ entryPoints: [entry], bundle: true, minify: true, write: false, format: 'esm', logLevel: 'error', define: { 'process.env.NODE_ENV': '"production"' } })
      .outputFiles[0].contents;
  return {
    'consentry.js': gzipSync(readFileSync('dist/consentry.js'), { level: 9 }).length,
    'consentry (npm)': gzipSync(bundle('dist/index.js'), { level: 9 }).length,
    'consentry/core (npm)': gzipSync(bundle('dist/core.js'), { level: 9 }).length,
  };
}

const sizes = measure();
const readme = readFileSync('README.md', 'utf8');
let failed = false;
for (const [name, bytes] of Object.entries(sizes)) {
  const limit = budgets[name];
  const over = bytes > limit;
  const row = `| \`${name}\` | ${limit.toLocaleString('en-US')} B |`;
  const documented = readme.includes(row);
  console.log(`${over ? '✗' : '✓'} ${name}: ${bytes} B gzip, budget ${limit} B${documented ? '' : ` (README needs the row "${row}")`}`);
  if (over || !documented) failed = true;
}
process.exit(failed ? 1 : 0);
