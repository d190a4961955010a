// Where Consentry's main-thread time goes (`npm run bench:profile`): CPU profiles of N first visits
// and N returning visits of the Consentry variant of bench/site.html (the same loads as
// bench/run.js), each sample's self time attributed to the original source module through the
// source maps of the loaded scripts, summed per module. Writes bench/profile.md.
//
//   npm run bench:profile              (builds first)
//   N=40 node bench/profile.js
//   CONSENTRY_DIST=/some/other/dist node bench/profile.js
//
// Attribution is by function: V8 reports each sample's function and where that function starts,
// and the source map says which module that position came from. A function's self time includes
// the browser work it calls synchronously (DOM, style, layout); work the browser does on its own
// shows up as V8's pseudo-nodes: (program) is everything that is not running JavaScript,
// (garbage collector) is garbage collection.
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { launchChromium } from './lib/browser.js';
import { measureLoad } from './lib/load.js';
import { ROOT } from './lib/serve.js';
import { startSiteServer } from './lib/site.js';

const LOADS = Number(process.env.N ?? 20);
const WARMUP = Number(process.env.WARMUP ?? 2);
const DIST = resolve(process.env.CONSENTRY_DIST ?? join(ROOT, 'dist'));
const SAMPLING_INTERVAL_US = 50;
const SCENARIOS = { first: 'First visit (banner due)', returning: 'Returning visit (decision stored)' };

const log = (message) => process.stderr.write(`${message}\n`);

/**
 * Profiles the measured tab from before its navigation until it has settled. The sampling
 * interval is V8's default divided by 20: the SDK's work on a page load is a few milliseconds,
 * so the default 1 ms interval would leave most functions with no sample at all.
 */
const profilerHooks = {
  async beforeNavigation(cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    await cdp.send('Profiler.start');
  },
  async afterSettle(cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    return profile;
  },
};

// ---- source maps ------------------------------------------------------------------------------

/**
 * Finds the module of a position in a served script through `<file>.map` next to the file in the
 * dist folder (the build emits hidden source maps: no sourceMappingURL comment, so read by path).
 * Scripts from elsewhere, and dist files without a map, are attributed to their URL path.
 */
class Attributor {
  constructor(origin) {
    this.origin = origin;
    this.maps = new Map();
  }

  /** The TraceMap of a script URL, or null when it has none. */
  mapFor(url) {
    if (!this.maps.has(url)) {
      let map = null;
      const path = url.startsWith(`${this.origin}/dist/`) ? new URL(url).pathname.slice('/dist/'.length) : null;
      const file = path && join(DIST, decodeURIComponent(path));
      if (file && file.startsWith(DIST + sep) && existsSync(`${file}.map`)) {
        // Resolving the sources against the map's own location gives repository paths.
        map = new TraceMap(readFileSync(`${file}.map`, 'utf8'), pathToFileURL(`${file}.map`).href);
      }
      this.maps.set(url, map);
    }
    return this.maps.get(url);
  }

  /** The row of a script position: its source module, else the script's URL path. */
  moduleOf(callFrame) {
    const { url, lineNumber, columnNumber } = callFrame;
    const where = url.startsWith(this.origin) ? new URL(url).pathname : url;
    const map = this.mapFor(url);
    if (!map) return where;
    const position = originalPositionFor(map, { line: lineNumber + 1, column: Math.max(columnNumber, 0) });
    return position.source ? displayPath(position.source) : `${where} (unmapped)`;
  }
}

/** A repository-relative path for a resolved source (file URL, or whatever else the map names). */
function displayPath(source) {
  if (!source.startsWith('file:')) return source;
  const path = fileURLToPath(source);
  const inRepo = relative(ROOT, path);
  return inRepo.startsWith('..') ? path : inRepo.split(sep).join('/');
}

// ---- profiles -----------------------------------------------------------------------------------

const NO_URL = "(no URL: Playwright's evaluations)";

/**
 * The row of every node of a profile. Nodes without a URL are either V8's pseudo-nodes, children of
 * (root): (program), (idle), (garbage collector); or native functions (querySelectorAll,
 * addEventListener...), which go to the nearest caller that has a URL, since the SDK called them;
 * or code that has no URL at all, which is Playwright's own.
 */
function rowsOfNodes(profile, attributor) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node);
  const rows = new Map();
  const rowOf = (node) => {
    if (rows.has(node.id)) return rows.get(node.id);
    const { url, functionName } = node.callFrame;
    const parent = parentOf.get(node.id);
    let row;
    if (url) row = attributor.moduleOf(node.callFrame);
    else if (!parent || parent.callFrame.functionName === '(root)') row = functionName.startsWith('(') ? functionName : NO_URL;
    else row = rowOf(parent);
    rows.set(node.id, row);
    return row;
  };
  for (const node of byId.values()) rowOf(node);
  return rows;
}

/**
 * Adds one profile's self time, in microseconds, to `totals` by row. Each sample counts for the
 * profile's median sampling interval, not for the gap until the next sample: on a busy 2-core
 * machine the sampler sometimes goes without the CPU for tens of milliseconds, and a gap-based
 * count would charge that whole gap to whichever function happened to be sampled last.
 */
function addProfile(profile, attributor, totals) {
  const rows = rowsOfNodes(profile, attributor);
  const deltas = profile.timeDeltas.slice(1).sort((a, b) => a - b);
  const interval = deltas[Math.floor(deltas.length / 2)];
  for (const id of profile.samples) {
    const row = rows.get(id);
    totals.set(row, (totals.get(row) ?? 0) + interval);
  }
  return interval;
}

async function profileScenario(browser, server, scenario) {
  const url = server.pageUrl('consentry');
  const attributor = new Attributor(server.origin);
  const totals = new Map();
  const intervals = [];
  for (let i = -WARMUP; i < LOADS; i++) {
    const result = await measureLoad(browser, url, 'consentry', scenario, profilerHooks);
    if (i < 0) continue;
    if (!result.extra?.samples?.length) throw new Error(`${scenario} visit: the CPU profile has no samples`);
    intervals.push(addProfile(result.extra, attributor, totals));
    if ((i + 1) % 5 === 0 || i + 1 === LOADS) log(`${scenario} visit: ${i + 1}/${LOADS} profiles`);
  }
  const served = [...attributor.maps.entries()].filter(([u]) => u.startsWith(`${server.origin}/dist/`));
  if (served.length === 0) throw new Error(`${scenario} visit: no function of a script from /dist/ is in the CPU profile; it missed the SDK`);
  intervals.sort((a, b) => a - b);
  const interval = intervals[Math.floor(intervals.length / 2)];
  return { totals, interval, maps: served.map(([u, map]) => [new URL(u).pathname, map !== null]) };
}

// ---- report -------------------------------------------------------------------------------------

function scenarioTable(title, { totals, interval, maps }) {
  const idle = totals.get('(idle)') ?? 0;
  const busy = [...totals.entries()].filter(([module]) => module !== '(idle)' && module !== '(root)');
  const busyTotal = busy.reduce((sum, [, us]) => sum + us, 0);
  const perLoad = (us) => (us / LOADS / 1000).toFixed(3);
  const sdk = busy.filter(([module]) => /^(src|node_modules)\//.test(module) || module.startsWith('/dist/'));
  const sdkTotal = sdk.reduce((sum, [, us]) => sum + us, 0);
  const rows = busy
    .sort((a, b) => b[1] - a[1])
    .map(([module, us]) => `| \`${module}\` | ${perLoad(us)} | ${((100 * us) / busyTotal).toFixed(1)} % |`);
  return [
    `## ${title}`,
    '',
    `Busy main thread ${perLoad(busyTotal)} ms per load, of which ${perLoad(sdkTotal)} ms in Consentry's own scripts (modules of src/ and node_modules/, and unmapped parts of /dist/ files); (idle) ${perLoad(idle)} ms per load, left out below.`,
    `Median sampling interval ${interval} µs (asked: ${SAMPLING_INTERVAL_US} µs). Scripts from /dist/ in the profiles: ${maps.map(([path, mapped]) => `\`${path}\` (${mapped ? 'source map' : 'no source map: attributed to the file'})`).join(', ')}.`,
    '',
    '| module | ms per load | share of busy time |',
    '| --- | --: | --: |',
    ...rows,
    '',
  ].join('\n');
}

async function main() {
  if (!existsSync(join(DIST, 'consentry.js'))) throw new Error(`${join(DIST, 'consentry.js')} is missing: run \`npm run build\` first.`);
  const { browser, executablePath } = await launchChromium();
  const server = await startSiteServer({ distDir: DIST });
  const chromium = `${browser.version()} (${executablePath ?? "Playwright's own"})`;
  const results = {};
  try {
    for (const scenario of Object.keys(SCENARIOS)) results[scenario] = await profileScenario(browser, server, scenario);
  } finally {
    await browser.close();
    await server.close();
  }
  const markdown = [
    '# Where Consentry spends main-thread time on bench/site.html',
    '',
    `Written by \`npm run bench:profile\` (bench/profile.js) on ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}. ${cpus()[0]?.model?.trim()}, ${cpus().length} cores; Chromium ${chromium}; Node ${process.version}.`,
    `${LOADS} profiled loads per scenario after ${WARMUP} warm-up, each in a fresh browser context, sampled every ${SAMPLING_INTERVAL_US} µs from before the navigation until the page settled (network idle, two frames). Self time per source module, through the build's source maps, averaged per load: each sample counts for the profile's median sampling interval, so gaps in sampling (the machine busy elsewhere) count for nothing. Native functions (DOM calls) count for the module that called them, with the style and layout work they force; (program) is the browser's own work outside JavaScript. \`bench-probe.js\` is the benchmark's own init script (banner detection, layout-shift observer).`,
    '',
    ...Object.entries(SCENARIOS).map(([scenario, title]) => scenarioTable(title, results[scenario])),
  ].join('\n');
  await writeFile(join(ROOT, 'bench/profile.md'), markdown);
  console.log(markdown);
  log('written to bench/profile.md');
}

main().catch((error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
