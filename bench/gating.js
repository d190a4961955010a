// Cost of gating on a DOM-heavy page: bench/gating.html inserts 2,000 elements, 200 of
// them scripts (tagged, untagged on the blocklist, untagged on no list), with and without the
// Consentry loader tag, and measures the in-page time of the insertion plus a mutation-observer
// and layout flush. Both variants run in ONE browser, alternating, after a warm-up, so machine
// noise hits them alike. Not a test: it reports; the target is a ratio of at most 1.10.
//
// bench/run.js runs it as part of the comparison (runGating); on its own:
//
//   npm run build && node bench/gating.js
//   ITERATIONS=50 WARMUP=10 node bench/gating.js
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './lib/browser.js';
import { listen, ROOT, send, serveFolder } from './lib/serve.js';
import { quantile } from './lib/stats.js';

export const GATING_TARGET = 1.1;

// listed: the page as specified, a quarter of its scripts on the blocklist (held, so not
// fetched, with Consentry). unlisted: the same page with none on the blocklist, so that both
// variants fetch the same scripts and the difference is the gate's own work.
export const GATING_SCENARIOS = ['listed', 'unlisted'];

const LOADER = /^.*<!-- CONSENTRY -->.*$/m;
const TINY_SCRIPT = 'window.__ran = (window.__ran || 0) + 1;';

/**
 * A local server: the page in both variants, the Consentry build (every file of dist/, since the
 * loader may fetch more of them at run time), and the tiny scripts the page inserts (served at
 * once, so script fetches cost the same in both variants and never wait on a network).
 */
async function startGatingServer(distDir) {
  if (!existsSync(join(distDir, 'consentry.js'))) {
    throw new Error(`${join(distDir, 'consentry.js')} is missing: run \`npm run build\` first.`);
  }
  const page = await readFile(join(ROOT, 'bench/gating.html'), 'utf8');
  if (!LOADER.test(page)) throw new Error('bench/gating.html lost its <!-- CONSENTRY --> loader line');
  const pages = { with: page, without: page.replace(LOADER, '') };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/bench/gating.html') {
      return send(res, 'text/html; charset=utf-8', pages[url.searchParams.get('variant')] ?? pages.with);
    }
    if (await serveFolder(url.pathname, '/dist/', distDir, res)) return;
    if (url.pathname.startsWith('/bench/') && url.pathname.endsWith('.js')) return send(res, 'text/javascript', TINY_SCRIPT);
    res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404).end();
  });
  return listen(server);
}

/**
 * Runs the gating benchmark in `browser`: `warmup` unmeasured rounds, then `iterations` rounds,
 * each loading both variants of both scenarios in a rotating order. Returns the samples (in-page
 * results by `${scenario}/${variant}`, in round order) and a summary per scenario.
 */
export async function runGating({ browser, iterations = 30, warmup = 5, distDir = join(ROOT, 'dist'), onRound }) {
  const { origin, close } = await startGatingServer(distDir);
  // One tab for every load: each navigation starts a fresh document (and a fresh SDK instance);
  // nothing is stored, since no decision is ever made.
  const context = await browser.newContext();
  const tab = await context.newPage();

  /** One page load of a variant; returns the in-page result. */
  async function measure(variant, scenario) {
    await tab.goto(`${origin}/bench/gating.html?variant=${variant}${scenario === 'unlisted' ? '&listed=0' : ''}`);
    const handle = await tab.waitForFunction(() => window.__benchResult, null, { timeout: 30_000, polling: 10 });
    const result = await handle.jsonValue();
    if (result.nodes !== 2000 || result.scripts !== 200) throw new Error(`the page built ${result.nodes} elements, ${result.scripts} scripts`);
    if (result.consentry !== (variant === 'with')) throw new Error(`variant ${variant}: window.Consentry is ${result.consentry}`);
    return result;
  }

  const runs = GATING_SCENARIOS.flatMap((scenario) => ['without', 'with'].map((variant) => ({ scenario, variant })));
  const samples = new Map(runs.map((run) => [`${run.scenario}/${run.variant}`, []]));
  try {
    for (let i = 0; i < warmup; i++) for (const run of runs) await measure(run.variant, run.scenario);
    for (let i = 0; i < iterations; i++) {
      // Rotate the order each round, so that no variant always follows the same one.
      const round = runs.map((_, k) => runs[(k + i) % runs.length]);
      for (const run of round) samples.get(`${run.scenario}/${run.variant}`).push(await measure(run.variant, run.scenario));
      onRound?.(i + 1, iterations);
    }
  } finally {
    await context.close();
    await close();
  }
  return { samples, summary: summarize(samples) };
}

/** Per scenario: median totals, their ratio, and the median of the per-round ratios. */
function summarize(samples) {
  const totals = (key) => samples.get(key).map((r) => r.ms);
  return Object.fromEntries(
    GATING_SCENARIOS.map((scenario) => {
      const without = totals(`${scenario}/without`);
      const withSdk = totals(`${scenario}/with`);
      const ratio = quantile(withSdk, 0.5) / quantile(without, 0.5);
      // Loads of one round ran back to back, so their ratio is less exposed to drift in machine load.
      const paired = quantile(withSdk.map((ms, i) => ms / without[i]), 0.5);
      return [scenario, { without: quantile(without, 0.5), with: quantile(withSdk, 0.5), ratio, paired }];
    }),
  );
}

const PHASES = [
  ['ms', 'total'],
  ['insert', '  insertion (sync)'],
  ['observers', '  observer flush'],
  ['layout', '  layout'],
];

/** The stand-alone report: medians by phase, quartiles and the ratio per scenario. */
function printReport({ samples, summary }, { browserVersion, executablePath, iterations, warmup }) {
  const median = (key, phase) => quantile(samples.get(key).map((r) => r[phase]), 0.5);
  const ms = (value) => `${value.toFixed(2).padStart(9)} ms`;
  console.log('Gating benchmark: 2,000 elements incl. 200 scripts inserted after load (bench/gating.html)');
  console.log(
    `Chromium ${browserVersion} (${executablePath ?? "Playwright's own"}); ${warmup} warm-up + ${iterations} measured page loads per variant, interleaved`,
  );
  for (const scenario of GATING_SCENARIOS) {
    console.log(
      `\n${scenario === 'listed' ? 'As specified: 54 of the 200 scripts on the blocklist' : 'Control: no script on the blocklist (same fetches both ways)'}`,
    );
    console.log(`${'median'.padEnd(20)}${'without'.padStart(12)}${'with'.padStart(12)}`);
    for (const [phase, label] of PHASES) {
      console.log(`${label.padEnd(20)}${ms(median(`${scenario}/without`, phase))}${ms(median(`${scenario}/with`, phase))}`);
    }
    const p = (key, q) => quantile(samples.get(key).map((r) => r.ms), q).toFixed(1);
    const range = (key) => `${p(key, 0.25)}..${p(key, 0.75)}`.padStart(15);
    console.log(`${'total p25..p75'.padEnd(17)}${range(`${scenario}/without`)}${range(`${scenario}/with`)}`);
    const { ratio, paired } = summary[scenario];
    console.log(
      `ratio with/without (median totals): ${ratio.toFixed(3)}x  (target <= ${GATING_TARGET.toFixed(2)}x: ${ratio <= GATING_TARGET ? 'met' : 'NOT met'})`,
    );
    console.log(`median of per-round ratios:         ${paired.toFixed(3)}x`);
  }
}

async function main() {
  const iterations = Number(process.env.ITERATIONS ?? 30);
  const warmup = Number(process.env.WARMUP ?? 5);
  const { browser, executablePath } = await launchChromium();
  const browserVersion = browser.version();
  let result;
  try {
    result = await runGating({ browser, iterations, warmup });
  } finally {
    await browser.close();
  }
  printReport(result, { browserVersion, executablePath, iterations, warmup });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
