// One measured page load of bench/site.html, in a fresh browser context: the first visit (banner
// due) or the returning visit (a decision stored by an earlier tab of the same context).
import { compressedSizes } from './sizes.js';
import { probeScript, readProbe } from './probe.js';
import { VARIANTS } from './site.js';

const TIMEOUT = 15_000;

/** Rejects with `message` when `promise` has not settled within `ms`. */
function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Fails the load on anything that would make its numbers meaningless: errors, failed requests. */
function watchForErrors(page, problems) {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
}

/**
 * A new tab ready to measure: the probe installed, a CDP session with the Performance domain
 * enabled, every response kept.
 *
 * threadTicks: ScriptDuration and TaskDuration then count the renderer main thread's CPU time,
 * not wall time, so the time the thread spends descheduled on a busy 2-core machine is not
 * charged to whichever SDK happened to be running.
 */
async function openMeasuredTab(context, variant, hooks, { poll }) {
  const page = await context.newPage();
  const problems = [];
  watchForErrors(page, problems);
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.addInitScript(probeScript(VARIANTS[variant].banner, { poll }));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await hooks.beforeNavigation?.(cdp);
  return { page, cdp, problems, responses };
}

/** Settled: no request for 500 ms (Playwright's network idle), then two animation frames. */
async function settle(page) {
  await page.waitForLoadState('networkidle', { timeout: TIMEOUT });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}

/**
 * Reads everything of a settled tab. CPU first, before anything of ours runs in the page or the
 * garbage collector is forced; then the probe; then the heap after two full collections (the
 * second catches what the first only finalised), as retained memory rather than garbage.
 */
async function collect({ page, cdp, responses }, hooks) {
  const cpu = await metrics(cdp);
  // After the CPU metrics, so that a hook's own work (stopping a profiler) is not counted.
  const extra = await hooks.afterSettle?.(cdp);
  const probe = await page.evaluate(readProbe);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await metrics(cdp);
  const files = [];
  for (const response of responses) {
    const url = new URL(response.url());
    if (!url.protocol.startsWith('http')) continue;
    files.push({ path: url.pathname, ...compressedSizes(await response.body()) });
  }
  return {
    scriptMs: cpu.ScriptDuration * 1000,
    taskMs: cpu.TaskDuration * 1000,
    heapBytes: heap.JSHeapUsedSize,
    bannerMs: probe.bannerAt,
    fcpMs: probe.fcp,
    cls: probe.cls,
    probe,
    extra,
    files,
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
    br: files.reduce((sum, file) => sum + file.br, 0),
  };
}

/** Polls the context's cookies (from outside the page) until `name` is stored. */
async function waitForCookie(context, name) {
  const deadline = Date.now() + TIMEOUT;
  while (Date.now() < deadline) {
    if ((await context.cookies()).some((cookie) => cookie.name === name)) return;
    await new Promise((done) => setTimeout(done, 25));
  }
  throw new Error(`the decision cookie ${name} was not stored within ${TIMEOUT} ms of clicking "Accept all"`);
}

/** Throws unless the load looks like what the variant and scenario promise. */
function check(variant, scenario, result, problems, cookies) {
  const { global, cookie } = VARIANTS[variant];
  const where = `${variant}, ${scenario} visit`;
  if (problems.length) throw new Error(`${where}: ${problems.join('; ')}`);
  const { globals } = result.probe;
  for (const name of ['CookieConsent', 'Consentry']) {
    const expected = name === global ? 'object' : 'undefined';
    if (globals[name] !== expected) throw new Error(`${where}: window.${name} is ${globals[name]}, expected ${expected}`);
  }
  if (result.fcpMs === null) throw new Error(`${where}: no first-contentful-paint entry`);
  if (scenario === 'first' && variant !== 'none' && (result.bannerMs === null || !result.probe.bannerNow)) {
    throw new Error(`${where}: the banner was not visible`);
  }
  if (scenario === 'returning' || variant === 'none') {
    if (result.bannerMs !== null || result.probe.bannerNow) throw new Error(`${where}: a banner was visible`);
  }
  if (scenario === 'returning' && cookie && !cookies.some((c) => c.name === cookie)) {
    throw new Error(`${where}: the decision cookie ${cookie} is missing`);
  }
}

/**
 * The first visit: a fresh context, the page loaded, the banner awaited until visible (no SDK:
 * until load), then settled and measured.
 */
async function firstVisit(browser, url, variant, hooks) {
  const context = await browser.newContext();
  try {
    const tab = await openMeasuredTab(context, variant, hooks, { poll: true });
    await tab.page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
    if (variant !== 'none') {
      const waiting = tab.page.evaluate(() => window.__bench.visible);
      await withTimeout(waiting, TIMEOUT, `${variant}, first visit: no visible banner within ${TIMEOUT} ms`).catch((error) => {
        throw new Error([error.message, ...tab.problems].join('; '));
      });
    }
    await settle(tab.page);
    const result = await collect(tab, hooks);
    check(variant, 'first', result, tab.problems, await context.cookies());
    return result;
  } finally {
    await context.close();
  }
}

/**
 * The returning visit: in a fresh context, one tab accepts everything and waits for the decision
 * cookie, then closes; a new tab of the same context loads the page again, and that load is
 * measured. No SDK: the same steps without the click.
 */
async function returningVisit(browser, url, variant, hooks) {
  const context = await browser.newContext();
  try {
    const first = await context.newPage();
    const problems = [];
    watchForErrors(first, problems);
    await first.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
    const { acceptAll, cookie } = VARIANTS[variant];
    if (acceptAll) {
      await acceptAll(first)
        .click({ timeout: TIMEOUT })
        .catch((error) => {
          const why = error.message.split('\n')[0];
          throw new Error([`${variant}, returning visit: could not click "Accept all": ${why}`, ...problems].join('; '));
        });
      await waitForCookie(context, cookie);
    }
    if (problems.length) throw new Error(`${variant}, returning visit (deciding tab): ${problems.join('; ')}`);
    await first.close();

    const tab = await openMeasuredTab(context, variant, hooks, { poll: false });
    await tab.page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
    await settle(tab.page);
    const result = await collect(tab, hooks);
    check(variant, 'returning', result, tab.problems, await context.cookies());
    return result;
  } finally {
    await context.close();
  }
}

export const SCENARIOS = { first: firstVisit, returning: returningVisit };

/**
 * One measured load of `variant` in `scenario` ('first' or 'returning'). `hooks` may add to the
 * measurement: `beforeNavigation(cdp)` runs on the measured tab's CDP session before it
 * navigates, `afterSettle(cdp)` once it has settled (after the CPU metrics are read); what the
 * latter returns is the result's `extra`.
 */
export function measureLoad(browser, url, variant, scenario, hooks = {}) {
  return SCENARIOS[scenario](browser, url, variant, hooks);
}
