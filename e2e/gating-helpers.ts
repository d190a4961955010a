// Helpers for the gating specs (insertion paths, blocklist, frames and pixels, revoke, fuzz).
// They sit on top of e2e/helpers.ts: a Visitor still records every request of its context;
// this adds a generated fake-tracker endpoint (/g/ on any *.tracker.test host) whose scripts,
// frames and pixels report themselves by name, so a test can tell which element ran.
import type { BrowserContext, Locator, Page, Route } from '@playwright/test';
import { expect, type OpenVisitor, type Visitor, type VisitorOptions } from './helpers';

/** Fake third-party hosts of the gating fixtures (demo/fixtures/gating/*.html). */
export const GATE_HOST = {
  /** Tagged data-consent="analytics" elements. */
  analytics: 'analytics.tracker.test',
  /** Tagged data-consent="marketing" elements. */
  ads: 'ads.tracker.test',
  /** Tagged data-consent="functional" elements. */
  functional: 'functional.tracker.test',
  /** On the fixtures' `blocklist.analytics`: untagged elements from here are held. */
  stats: 'stats.tracker.test',
  /** On the fixtures' `blocklist.marketing`. */
  adnet: 'adnet.tracker.test',
  /** On no list: untagged elements from here run at once (a control). */
  free: 'free.tracker.test',
} as const;

/** Marketing hosts: nothing may be requested from them under GPC (docs/gpc-and-dnt.md). */
export const MARKETING_HOSTS: readonly string[] = [GATE_HOST.ads, GATE_HOST.adnet];

declare global {
  interface Window {
    /** Loads of gated iframes, by name, reported by /g/frame.html through postMessage. */
    __frames?: Record<string, number>;
    /** `load` events seen on elements by their page-side `onload` handlers, by name. */
    __loads?: Record<string, number>;
    /** Attributes a /g/run.js script saw on itself, by name. */
    __seen?: Record<string, Record<string, unknown>>;
  }
}

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/**
 * The body of /g/run.js?name=…: counts itself in `__ran`/`__order` and records the attributes
 * of the element it runs from. Top-level `this` is `undefined` only in a module script, which
 * is how a test sees that `data-type="module"` carried over (modules have no currentScript).
 */
export function runBody(name: string): string {
  const n = JSON.stringify(name);
  return `var __g_module = this === undefined;
(function (n, isModule) {
  var w = window;
  var ran = (w.__ran = w.__ran || {});
  ran[n] = (ran[n] || 0) + 1;
  (w.__order = w.__order || []).push(n);
  var s = document.currentScript;
  (w.__seen = w.__seen || {})[n] = s
    ? { module: isModule, nonce: s.nonce, id: s.id, async: s.hasAttribute('async'), defer: s.hasAttribute('defer'),
        crossOrigin: s.getAttribute('crossorigin'), referrerPolicy: s.getAttribute('referrerpolicy'),
        integrity: s.getAttribute('integrity'), type: s.getAttribute('type'), foo: s.getAttribute('data-foo') }
    : { module: isModule };
})(${n}, __g_module);
`;
}

function frameBody(name: string): string {
  const n = JSON.stringify(name).replace(/</g, '\\u003c');
  return `<!doctype html><title>frame</title><body style="margin:0;background:#cde">frame<script>parent.postMessage({ consentryFrame: ${n} }, '*');</script></body>`;
}

/**
 * Answers https?://<any>.tracker.test/g/{run.js,frame.html,px.gif}?name=…[&delay=ms]. It is
 * registered after openVisitor's own tracker route, so it wins for /g/ (Playwright runs the
 * last matching route first) and leaves every other tracker URL to e2e/helpers.ts.
 */
async function serveGenerated(route: Route): Promise<void> {
  const url = new URL(route.request().url());
  const name = url.searchParams.get('name') ?? 'unnamed';
  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
  const file = url.pathname.split('/').pop();
  if (file === 'run.js') return route.fulfill({ status: 200, headers, contentType: 'text/javascript', body: runBody(name) });
  if (file === 'frame.html') return route.fulfill({ status: 200, headers, contentType: 'text/html', body: frameBody(name) });
  if (file === 'px.gif') return route.fulfill({ status: 200, headers, contentType: 'image/gif', body: GIF });
  return route.fulfill({ status: 404, headers, body: 'not found' });
}

/** Sets up the generated tracker endpoint and the page-side counters on a visitor's context. */
export async function useGatedTrackers(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\/[^/]+\.tracker\.test(:\d+)?\/g\//, serveGenerated);
  await context.addInitScript(() => {
    window.__ran = window.__ran || {};
    window.__order = window.__order || [];
    window.__frames = {};
    window.__loads = {};
    const mark = (name: string) => {
      window.__ran![name] = (window.__ran![name] || 0) + 1;
      window.__order!.push(name);
    };
    (window as unknown as { __mark: (name: string) => void }).__mark ??= mark;
    (window as unknown as { __loaded: (name: string) => void }).__loaded = (name: string) => {
      window.__loads![name] = (window.__loads![name] || 0) + 1;
    };
    window.addEventListener('message', (event) => {
      const name = (event.data as { consentryFrame?: unknown } | null)?.consentryFrame;
      if (typeof name === 'string') window.__frames![name] = (window.__frames![name] || 0) + 1;
    });
  });
}

/**
 * Well-known service hosts from the catalogue (src/services/catalogue.ts) that fixtures load by
 * their real URLs. They are answered here, never from the internet: a script gets the /g/run.js
 * body named by its `?cn=` parameter, so `…/fbevents.js?cn=fb` reports itself as `fb`.
 */
export const SERVICE_HOSTS = ['connect.facebook.net', 'www.google-analytics.com', 'www.googletagmanager.com'] as const;

/** Routes SERVICE_HOSTS (http and https) on a context; call after openVisitor. */
export async function useServiceHosts(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\/(connect\.facebook\.net|www\.google-analytics\.com|www\.googletagmanager\.com)\//, (route) => {
    const url = new URL(route.request().url());
    const name = url.searchParams.get('cn') ?? url.hostname;
    return route.fulfill({
      status: 200,
      headers: { 'access-control-allow-origin': '*', 'cache-control': 'no-store' },
      contentType: 'text/javascript',
      body: runBody(name),
    });
  });
}

/**
 * Names requested so far, in request order (one entry per request): `?name=` of /g/ URLs on
 * tracker hosts and `?cn=` of service-host URLs. `host` keeps one host only.
 */
export function requestedNames(v: Visitor, host?: string): string[] {
  const names: string[] = [];
  for (const r of v.requests) {
    if (host && r.host !== host) continue;
    const url = new URL(r.url);
    if (r.host.endsWith('.tracker.test') && url.pathname.startsWith('/g/')) names.push(url.searchParams.get('name') ?? '');
    else if ((SERVICE_HOSTS as readonly string[]).includes(r.host)) names.push(url.searchParams.get('cn') ?? r.host);
  }
  return names;
}

/** Requests so far to any of `hosts`, as URLs. */
export function requestsTo(v: Visitor, hosts: readonly string[]): string[] {
  return v.requests.filter((r) => hosts.includes(r.host)).map((r) => r.url);
}

/** Per name: runs of a script (or loads of a frame) on this page load, and requests so far. */
export async function tally(v: Visitor, names: readonly string[]): Promise<Record<string, { ran: number; requested: number }>> {
  const { ran, frames } = await effects(v.page);
  const requested = requestedNames(v);
  return Object.fromEntries(
    names.map((n) => [n, { ran: (ran[n] ?? 0) + (frames[n] ?? 0), requested: requested.filter((r) => r === n).length }]),
  );
}

/**
 * What `tally` returns when each name ran (and was requested) `count` times. Names ending in
 * `-i` are inline scripts by the fixtures' convention: they run but are never requested.
 */
export function times(names: readonly string[], count: number): Record<string, { ran: number; requested: number }> {
  return Object.fromEntries(names.map((n) => [n, { ran: count, requested: /-i$/.test(n) ? 0 : count }]));
}

/**
 * Waits until `names` show exactly `expected` (polling), then lets the page go quiet and checks
 * again, so a late extra run or request cannot slip past a poll that matched early.
 */
export async function expectTally(
  v: Visitor,
  expected: Record<string, { ran: number; requested: number }>,
  message: string,
): Promise<void> {
  const names = Object.keys(expected);
  // Nothing expected to run: a leak shows at once, so look once after the page went quiet
  // instead of polling for the full timeout.
  const nothing = Object.values(expected).every((x) => x.ran === 0 && x.requested === 0);
  if (!nothing) {
    await expect.poll(() => tally(v, names), { message, timeout: 5_000, intervals: [25, 50, 100, 200] }).toEqual(expected);
  }
  await quiet(v.page, nothing ? 250 : 150);
  expect(await tally(v, names), `${message} (after the page went quiet)`).toEqual(expected);
}

/** Runs, frame loads and element load events on the current page load. */
export async function effects(page: Page): Promise<{
  ran: Record<string, number>;
  order: string[];
  frames: Record<string, number>;
  loads: Record<string, number>;
}> {
  return page.evaluate(() => ({
    ran: { ...(window.__ran ?? {}) },
    order: [...(window.__order ?? [])],
    frames: { ...(window.__frames ?? {}) },
    loads: { ...(window.__loads ?? {}) },
  }));
}

/** Calls a `window.Consentry` verb in the page, as a site's own code would. */
export async function decide(
  page: Page,
  decision: { acceptAll: true } | { rejectAll: true } | { save: Partial<Record<'functional' | 'analytics' | 'marketing', boolean>> },
): Promise<void> {
  await page.evaluate((d) => {
    const c = (window as unknown as { Consentry: { acceptAll(): void; rejectAll(): void; save(x: object): void } }).Consentry;
    if ('acceptAll' in d) c.acceptAll();
    else if ('rejectAll' in d) c.rejectAll();
    else c.save(d.save);
  }, decision);
}

/**
 * Lets the page go quiet without the 800 ms of Visitor.settle(): two animation frames and a
 * short wait, enough for a request triggered synchronously by a release to be recorded.
 */
export async function quiet(page: Page, ms = 150): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(ms);
}

/**
 * Clicks a control below the fold on a page with loaded cross-origin iframes. Playwright's own
 * scroll-then-click can be routed by Chromium to the out-of-process frame that was under that
 * point before the scroll (stale hit-test data), so the page never sees the click; scrolling
 * first and letting two frames render avoids that.
 */
export async function clickAfterScroll(locator: Locator): Promise<void> {
  await locator.scrollIntoViewIfNeeded();
  await locator.page().evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await locator.click();
}

/** Fixture pages of the gating specs (demo/fixtures/gating). */
export const GATING_FIXTURE = {
  paths: '/demo/fixtures/gating/insertion-paths.html',
  blocklist: '/demo/fixtures/gating/blocklist.html',
  blocklistOrder: '/demo/fixtures/gating/blocklist-order.html',
  frames: '/demo/fixtures/gating/frames-and-pixels.html',
  revoke: '/demo/fixtures/gating/revoke.html',
  reload: '/demo/fixtures/gating/reload-on-revoke.html',
  attrs: '/demo/fixtures/gating/attributes.html',
  gpc: '/demo/fixtures/gating/gpc.html',
} as const;

/** A visitor (e2e/helpers.ts) whose context also answers /g/ tracker URLs and service hosts. */
export async function gatedVisitor(visitor: OpenVisitor, options?: VisitorOptions): Promise<Visitor> {
  const v = await visitor(options);
  await useGatedTrackers(v.context);
  await useServiceHosts(v.context);
  return v;
}

/** `path` on another host name of the local server (`*.test` resolves to 127.0.0.1). */
export function onHost(baseURL: string | undefined, host: string, path: string): string {
  const port = new URL(baseURL ?? 'http://127.0.0.1:4173').port;
  return `http://${host}${port ? `:${port}` : ''}${path}`;
}
