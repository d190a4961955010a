// Consentry against vanilla-cookieconsent 3.1, side by side, in one run (`npm run bench`).
//
// bench/site.html, a plain marketing page, is loaded in three variants (no SDK, vanilla, Consentry)
// in two scenarios (first visit: banner due; returning visit: a decision stored), each load in a
// fresh browser context, round after round with the three variants in a rotating order. Then the
// DOM-churn page of bench/gating.js, with and without Consentry. Prints one table and writes it to
// bench/results.md, with the machine and the performance targets.
//
//   npm run bench                      (builds first)
//   ROUNDS=30 WARMUP=3 node bench/run.js
//   CHURN_ROUNDS=50 node bench/run.js
//
// Most numbers are paired differences: each round's SDK load minus the no-SDK load of the same
// round and scenario, then the median over rounds. Loads of one round run back to back, so they
// share the machine's mood of the moment (this one is shared and noisy); what is left is the SDK.
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { GATING_TARGET, runGating } from './gating.js';
import { launchChromium } from './lib/browser.js';
import { measureLoad } from './lib/load.js';
import { ROOT } from './lib/serve.js';
import { startSiteServer, VARIANT_NAMES } from './lib/site.js';
import { median, quantile, ratio } from './lib/stats.js';

const ROUNDS = Number(process.env.ROUNDS ?? 20);
const WARMUP = Number(process.env.WARMUP ?? 2);
const CHURN_ROUNDS = Number(process.env.CHURN_ROUNDS ?? Math.max(30, ROUNDS));
const CHURN_WARMUP = Number(process.env.CHURN_WARMUP ?? 5);
const SCENARIOS = ['first', 'returning'];
const KIB = 1024;

const log = (message) => process.stderr.write(`${message}\n`);

/**
 * The site rounds. Returns loads[scenario][variant] = one result per measured round, in round
 * order, so that index i of every variant is the same round.
 */
async function measureSite(browser, server) {
  const loads = Object.fromEntries(SCENARIOS.map((s) => [s, Object.fromEntries(VARIANT_NAMES.map((v) => [v, []]))]));
  for (let round = -WARMUP; round < ROUNDS; round++) {
    const started = Date.now();
    for (const scenario of SCENARIOS) {
      // Rotate the order each round, so that no variant always runs first or after the same one.
      const k = ((round % VARIANT_NAMES.length) + VARIANT_NAMES.length) % VARIANT_NAMES.length;
      const order = VARIANT_NAMES.map((_, j) => VARIANT_NAMES[(j + k) % VARIANT_NAMES.length]);
      for (const variant of order) {
        const result = await measureLoad(browser, server.pageUrl(variant), variant, scenario);
        if (round >= 0) loads[scenario][variant].push(result);
      }
    }
    const what = round < 0 ? `warm-up ${round + WARMUP + 1}/${WARMUP}` : `round ${round + 1}/${ROUNDS}`;
    log(`site: ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  return loads;
}

/** Per round: the SDK's value minus the no-SDK value of the same round and scenario. */
const paired = (loads, scenario, variant, key) =>
  loads[scenario][variant].map((load, i) => load[key] - loads[scenario].none[i][key]);

const spread = (values) => ({ median: median(values), p25: quantile(values, 0.25), p75: quantile(values, 0.75) });

/** The numbers of one scenario, per variant: medians (of paired differences where it applies). */
function summarizeScenario(loads, scenario) {
  const summary = {};
  for (const variant of VARIANT_NAMES) {
    const runs = loads[scenario][variant];
    const absolute = (key) => runs.map((load) => load[key]);
    // The no-SDK page is its own baseline: its differences would all be 0, so it keeps its absolutes.
    const cost = (key) => (variant === 'none' ? absolute(key) : paired(loads, scenario, variant, key));
    summary[variant] = {
      gzip: median(cost('gzip')),
      br: median(cost('br')),
      scriptMs: spread(cost('scriptMs')),
      taskMs: spread(cost('taskMs')),
      heapBytes: spread(cost('heapBytes')),
      bannerMs: spread(absolute('bannerMs').filter((ms) => ms !== null)),
      fcpMs: median(absolute('fcpMs')),
      clsMax: Math.max(...absolute('cls')),
      // What the first measured round fetched, and every path any round fetched.
      files: runs[0].files,
      paths: new Set(runs.flatMap((load) => load.files.map((file) => file.path))),
    };
  }
  return summary;
}

// ---- formatting -------------------------------------------------------------------------------

const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const times = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a');
const kib = (bytes) => `${fixed(bytes / KIB, 1)} KiB`;
const ms = (value) => `${fixed(value, 1)} ms`;
const withSpread = (stat, format) => `${format(stat.median)} (${format(stat.p25)} … ${format(stat.p75)})`;

/** The rows of one scenario: [metric, no SDK, vanilla, Consentry, Consentry / vanilla]. */
function scenarioRows(scenario, s) {
  const { none, vanilla, consentry } = s;
  const rows = [
    [
      'transferred, gzip (SDK − no SDK)',
      kib(none.gzip) + ' (page)',
      kib(vanilla.gzip),
      kib(consentry.gzip),
      times(ratio(consentry.gzip, vanilla.gzip)),
    ],
    ['transferred, brotli (SDK − no SDK)', kib(none.br) + ' (page)', kib(vanilla.br), kib(consentry.br), times(ratio(consentry.br, vanilla.br))],
  ];
  if (scenario === 'first') {
    rows.push([
      'time to visible banner, from navigation start',
      '–',
      withSpread(vanilla.bannerMs, ms),
      withSpread(consentry.bannerMs, ms),
      times(ratio(consentry.bannerMs.median, vanilla.bannerMs.median)),
    ]);
  }
  for (const [key, label, format] of [
    ['scriptMs', 'script CPU (SDK − no SDK)', ms],
    ['taskMs', 'task CPU (SDK − no SDK)', ms],
    ['heapBytes', 'JS heap retained after GC (SDK − no SDK)', kib],
  ]) {
    rows.push([
      label,
      format(none[key].median) + ' (absolute)',
      withSpread(vanilla[key], format),
      withSpread(consentry[key], format),
      times(ratio(consentry[key].median, vanilla[key].median)),
    ]);
  }
  const toNone = (value) => `${ms(value)} (${times(ratio(value, none.fcpMs))} no SDK)`;
  rows.push(['first contentful paint', ms(none.fcpMs), toNone(vanilla.fcpMs), toNone(consentry.fcpMs), times(ratio(consentry.fcpMs, vanilla.fcpMs))]);
  rows.push(['CLS (largest of all loads)', fixed(none.clsMax, 3), fixed(vanilla.clsMax, 3), fixed(consentry.clsMax, 3), '–']);
  return rows;
}

function churnRows(churn) {
  const label = { listed: 'DOM churn, blocklist matching (page as specified)', unlisted: 'DOM churn, blocklist matching nothing (listed=0)' };
  return Object.entries(churn.summary).map(([scenario, c]) => [
    label[scenario],
    ms(c.without),
    '–',
    `${ms(c.with)} (${times(c.ratio)} no SDK; per-round median ${times(c.paired)})`,
    '–',
  ]);
}

/** A Markdown table; `align` has one letter per column, l or r (default: the first left, the rest right). */
function markdownTable(header, rows, align = 'l' + 'r'.repeat(header.length - 1)) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, i) => (align[i] === 'r' ? '--:' : '---'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

/** Which files each SDK fetched, per scenario (first measured round), with their sizes. */
function filesTable(summary) {
  const rows = [];
  for (const scenario of SCENARIOS) {
    for (const variant of VARIANT_NAMES) {
      for (const file of summary[scenario][variant].files) {
        rows.push([`${scenario} visit`, variant, `\`${file.path}\``, String(file.bytes), String(file.gzip), String(file.br)]);
      }
    }
  }
  return markdownTable(['scenario', 'variant', 'file', 'bytes', 'gzip', 'brotli'], rows, 'lllrrr');
}

/** The performance targets, each with the measured value and whether it is met. */
function targets(summary, churn) {
  const first = summary.first;
  const returning = summary.returning;
  const consentryJs = returning.consentry.files.find((file) => file.path.endsWith('/consentry.js'));
  const uiFiles = [...returning.consentry.paths].filter((path) => path.includes('consentry-ui'));
  const list = [
    ['returning: consentry.js gzip', '≤ 10 KiB', consentryJs ? kib(consentryJs.gzip) : 'not loaded', consentryJs && consentryJs.gzip <= 10 * KIB],
    ...[
      ['returning: script CPU vs vanilla', returning.consentry.scriptMs.median, returning.vanilla.scriptMs.median, 1.0],
      ['returning: heap retained vs vanilla', returning.consentry.heapBytes.median, returning.vanilla.heapBytes.median, 1.0],
    ].map(([label, a, b, max]) => [label, `≤ ${times(max)}`, times(ratio(a, b)), ratio(a, b) <= max]),
    ['returning: no UI file fetched', 'none', uiFiles.length ? uiFiles.join(', ') : 'none', uiFiles.length === 0],
    [
      'returning: FCP vs no SDK',
      '≤ 1.10×',
      times(ratio(returning.consentry.fcpMs, returning.none.fcpMs)),
      ratio(returning.consentry.fcpMs, returning.none.fcpMs) <= 1.1,
    ],
    ['first: Consentry total gzip', '≤ 15 KiB', kib(first.consentry.gzip), first.consentry.gzip <= 15 * KIB],
    ...[
      ['first: time to visible banner vs vanilla', first.consentry.bannerMs.median, first.vanilla.bannerMs.median, 0.5],
      ['first: script CPU vs vanilla', first.consentry.scriptMs.median, first.vanilla.scriptMs.median, 0.8],
      ['first: task CPU vs vanilla', first.consentry.taskMs.median, first.vanilla.taskMs.median, 0.5],
      ['first: heap retained vs vanilla', first.consentry.heapBytes.median, first.vanilla.heapBytes.median, 1.0],
    ].map(([label, a, b, max]) => [label, `≤ ${times(max)}`, times(ratio(a, b)), ratio(a, b) <= max]),
    ['first: CLS', '0', fixed(first.consentry.clsMax, 4), first.consentry.clsMax === 0],
    ...Object.entries(churn.summary).map(([scenario, c]) => [
      `churn (${scenario === 'listed' ? 'blocklist matching' : 'matching nothing'}) vs no SDK`,
      `≤ ${times(GATING_TARGET)}`,
      times(c.ratio),
      c.ratio <= GATING_TARGET,
    ]),
  ];
  return list.map(([label, target, measured, met]) => [label, target, measured, met ? 'met' : '**NOT met**']);
}

function report({ summary, churn, machine }) {
  const header = ['metric', 'no SDK', 'vanilla-cookieconsent', 'Consentry', 'Consentry / vanilla'];
  const group = (title) => [`**${title}**`, '', '', '', ''];
  const rows = [
    group('First visit (banner due)'),
    ...scenarioRows('first', summary.first),
    group('Returning visit (decision stored)'),
    ...scenarioRows('returning', summary.returning),
    group('DOM churn: bench/gating.html, 2,000 elements incl. 200 scripts inserted after load'),
    ...churnRows(churn),
  ];
  return [
    '# Consentry vs vanilla-cookieconsent 3.1',
    '',
    `Written by \`npm run bench\` (bench/run.js) on ${machine.date}. ${machine.cpu}, ${machine.cores} cores; Chromium ${machine.chromium}; Node ${machine.node}.`,
    `Site: ${ROUNDS} measured rounds after ${WARMUP} warm-up; each round loads the page without an SDK, with vanilla-cookieconsent and with Consentry, in a rotating order, each load in a fresh browser context. Churn: ${CHURN_ROUNDS} measured rounds after ${CHURN_WARMUP} warm-up.`,
    '',
    'SDK cells are medians over rounds of the paired difference to the no-SDK load of the same round (the no-SDK column holds its absolute value), except banner time, FCP and CLS, which are absolute. In parentheses: 25th … 75th percentile. CPU is renderer main-thread CPU time (CDP `Performance.getMetrics`, thread ticks) until the page has settled; transferred bytes are every response body of the load, compressed here (gzip -9, brotli 11).',
    '',
    markdownTable(header, rows),
    '',
    '## Targets',
    '',
    markdownTable(['target', 'wanted', 'measured', ''], targets(summary, churn), 'lrrl'),
    '',
    '## Files loaded (first measured round)',
    '',
    filesTable(summary),
    '',
  ].join('\n');
}

async function main() {
  const { browser, executablePath } = await launchChromium();
  const server = await startSiteServer();
  const machine = {
    cpu: cpus()[0]?.model?.trim() ?? 'unknown CPU',
    cores: cpus().length,
    chromium: `${browser.version()} (${executablePath ?? "Playwright's own"})`,
    node: process.version,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
  let loads;
  let churn;
  try {
    loads = await measureSite(browser, server);
    churn = await runGating({
      browser,
      iterations: CHURN_ROUNDS,
      warmup: CHURN_WARMUP,
      onRound: (i, n) => i % 10 === 0 && log(`churn: round ${i}/${n}`),
    });
  } finally {
    await browser.close();
    await server.close();
  }
  const summary = Object.fromEntries(SCENARIOS.map((scenario) => [scenario, summarizeScenario(loads, scenario)]));
  const markdown = report({ summary, churn, machine });
  await writeFile(join(ROOT, 'bench/results.md'), markdown);
  console.log(markdown);
  log('written to bench/results.md');
}

main().catch((error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
