import { readFile } from 'node:fs/promises';
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Cookie,
  type Locator,
  type Page,
  type Route,
} from '@playwright/test';

/** Hosts of the fake third-party trackers used by the fixtures (demo/fixtures/*.html). */
export const TRACKER_HOST = {
  analytics: 'analytics.tracker.test',
  ads: 'ads.tracker.test',
} as const;

/** The four categories, in the order the UI lists them. */
export const CATEGORIES = ['essential', 'functional', 'analytics', 'marketing'] as const;
export type CategoryId = (typeof CATEGORIES)[number];

/** `ConsentState` as docs/npm.md (The state) publishes it; read, never imported from src/. */
export interface ConsentState {
  decided: boolean;
  categories: Record<CategoryId, boolean>;
  gpc: boolean;
  method: 'default' | 'accept-all' | 'reject-all' | 'custom' | 'gpc';
  revision: string;
  updatedAt: number | null;
  id: string | null;
}

export interface CapturedEvent {
  type: 'ready' | 'change' | 'optout';
  detail: unknown;
}

/** `window.Consentry` as far as these tests use it. Typed locally: src/ may declare its own. */
export type WithConsentry = Window & { Consentry?: { getState(): ConsentState } };

declare global {
  interface Window {
    /** Runs per tagged script, written by demo/effects.js and demo/trackers/*.js. */
    __ran?: Record<string, number>;
    /** Names of the scripts in the order they ran. */
    __order?: string[];
    /** Attributes seen by demo/trackers/attrs.js and the inline attribute probe. */
    __attrs?: Record<string, Record<string, unknown>>;
    /** consentry:* events seen on document, recorded by an init script. */
    __consentryEvents?: CapturedEvent[];
    /** CSP violations seen on document, recorded by an init script. */
    __cspViolations?: string[];
  }
}

export interface VisitorOptions {
  /**
   * Value of `navigator.globalPrivacyControl`, defined before any page script runs.
   * `true` (or `'1'`, the value old extensions set) also sends `Sec-GPC: 1`, as a GPC browser
   * does; `false` defines the property without a signal. Omitted: no property at all.
   */
  gpc?: true | '1' | false;
  /** Define `navigator.globalPrivacyControl = true` only at DOMContentLoaded (extension race). */
  lateGpc?: boolean;
  /** `navigator.doNotTrack = '1'` and a `DNT: 1` header. */
  dnt?: boolean;
  /** Cookies and storage carried over from an earlier visit. */
  storageState?: BrowserContextOptions['storageState'];
  /** The browser's language (`navigator.languages`, `Accept-Language`). */
  locale?: string;
}

interface RecordedRequest {
  url: string;
  host: string;
}

interface RecordedConsole {
  type: string;
  text: string;
  url: string;
}

/**
 * One person's browser: a fresh context with the tracker hosts routed, every request
 * recorded and the page's errors, console output and consentry:* events captured.
 */
export class Visitor {
  readonly requests: RecordedRequest[] = [];
  readonly pageErrors: Error[] = [];
  readonly consoleMessages: RecordedConsole[] = [];
  readonly banner: Locator;
  readonly notice: Locator;
  readonly dialog: Locator;
  private inFlight = 0;
  private lastNetworkAt = 0;

  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    context.on('request', (request) => {
      const url = request.url();
      this.requests.push({ url, host: hostOf(url) });
      this.inFlight++;
      this.lastNetworkAt = Date.now();
    });
    const done = () => {
      this.inFlight = Math.max(0, this.inFlight - 1);
      this.lastNetworkAt = Date.now();
    };
    context.on('requestfinished', done);
    context.on('requestfailed', done);
    page.on('pageerror', (error) => this.pageErrors.push(error));
    page.on('console', (message) => {
      this.consoleMessages.push({ type: message.type(), text: message.text(), url: message.location().url });
    });
    this.banner = page.getByRole('region', { name: 'Cookie consent' });
    this.notice = page.getByRole('region', { name: 'Your privacy choices' });
    this.dialog = page.getByRole('dialog', { name: 'Privacy preferences' });
  }

  /** Opens a page and waits for consentry:ready. */
  async goto(path: string): Promise<void> {
    await this.page.goto(path);
    await this.waitForReady();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitForReady();
  }

  async waitForReady(): Promise<void> {
    try {
      await this.page.waitForFunction(() => window.__consentryEvents?.some((event) => event.type === 'ready'), null, {
        timeout: 5_000,
      });
    } catch {
      throw new Error(`consentry:ready was not dispatched on ${this.page.url()} within 5 s`);
    }
  }

  /**
   * Lets the page go quiet, so that "nothing was requested" means something: waits until no
   * request is in flight and none started or ended for `quietMs` (counted from this call, so
   * it always waits at least that long; `networkidle` would not, once reached).
   */
  async settle(quietMs = 700, maxMs = 10_000): Promise<void> {
    const start = Date.now();
    for (;;) {
      const quietSince = Math.max(this.lastNetworkAt, start);
      const remaining = quietSince + quietMs - Date.now();
      if (this.inFlight === 0 && remaining <= 0) return;
      if (Date.now() - start > maxMs) {
        throw new Error(`the network did not go quiet within ${maxMs} ms (${this.inFlight} requests in flight)`);
      }
      await this.page.waitForTimeout(Math.max(50, Math.min(remaining, 200)));
    }
  }

  /** URLs requested from the fake tracker hosts, optionally one host only. */
  trackerRequests(host?: string): string[] {
    return this.requests
      .filter((request) => (host ? request.host === host : request.host.endsWith('.tracker.test')))
      .map((request) => request.url);
  }

  /** Runs per tagged script on the current page load. */
  async ran(): Promise<Record<string, number>> {
    return this.page.evaluate(() => ({ ...(window.__ran ?? {}) }));
  }

  async order(): Promise<string[]> {
    return this.page.evaluate(() => [...(window.__order ?? [])]);
  }

  async state(): Promise<ConsentState> {
    const state = await this.page.evaluate(() => (window as WithConsentry).Consentry?.getState() ?? null);
    if (!state) throw new Error('window.Consentry is not defined');
    return state;
  }

  async events(type?: CapturedEvent['type']): Promise<CapturedEvent[]> {
    const events = await this.page.evaluate(() => [...(window.__consentryEvents ?? [])]);
    return type ? events.filter((event) => event.type === type) : events;
  }

  /**
   * The browser's cookies and storage, to carry into another visit of the same person, once the
   * cookie store holds every cookie the page sees: a page's cookie write reaches the store a
   * moment later, so a read at once can miss the decision just made.
   */
  async carryOver(): Promise<BrowserContextOptions['storageState']> {
    await expect
      .poll(async () => {
        const inPage = await this.page.evaluate(() => (document.cookie ? document.cookie.split('; ') : []));
        const stored = (await this.context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`);
        return inPage.filter((pair) => !stored.includes(pair));
      }, { message: 'cookies the page wrote that the browser has not stored yet' })
      .toEqual([]);
    return this.context.storageState();
  }

  async cookie(name = 'consentry'): Promise<Cookie | undefined> {
    return (await this.context.cookies()).find((cookie) => cookie.name === name);
  }

  consoleOf(type: 'error' | 'warning'): RecordedConsole[] {
    return this.consoleMessages.filter((message) => message.type === type);
  }

  /** The switch of one category in the preference center, by its exact accessible name. */
  switch(label: 'Strictly necessary' | 'Functional' | 'Analytics' | 'Limited marketing'): Locator {
    return this.dialog.getByRole('switch', { name: label, exact: true });
  }

  /** A button inside a container, by its exact accessible name. */
  button(container: Locator, name: string): Locator {
    return container.getByRole('button', { name, exact: true });
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

const TRACKER_DIR = new URL('../demo/trackers/', import.meta.url);

/**
 * Answers every *.tracker.test request from demo/trackers/<file>, held for `?delay=` ms, so
 * tests control the timing of third-party scripts. Unknown files get a 404.
 */
async function serveTracker(route: Route): Promise<void> {
  const url = new URL(route.request().url());
  const file = url.pathname.split('/').pop() ?? '';
  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
  if (!/^[a-z-]+\.js$/.test(file)) {
    await route.fulfill({ status: 404, headers, body: 'not found' });
    return;
  }
  try {
    const body = await readFile(new URL(file, TRACKER_DIR));
    await route.fulfill({ status: 200, headers, contentType: 'text/javascript', body });
  } catch {
    await route.fulfill({ status: 404, headers, body: 'not found' });
  }
}

/** Opens a new browser context for one visit (see `VisitorOptions`). */
export async function openVisitor(browser: Browser, baseURL: string | undefined, options: VisitorOptions = {}) {
  const headers: Record<string, string> = {};
  if (options.gpc) headers['Sec-GPC'] = '1';
  if (options.dnt) headers['DNT'] = '1';
  const context = await browser.newContext({
    baseURL,
    extraHTTPHeaders: headers,
    storageState: options.storageState,
    locale: options.locale,
  });
  await context.route(/^https?:\/\/[^/]+\.tracker\.test(:\d+)?\//, serveTracker);
  await context.addInitScript(() => {
    window.__consentryEvents = [];
    for (const type of ['ready', 'change', 'optout'] as const) {
      document.addEventListener(`consentry:${type}`, (event) => {
        let detail: unknown = null;
        try {
          detail = JSON.parse(JSON.stringify((event as CustomEvent).detail));
        } catch {
          detail = '<unserialisable>';
        }
        window.__consentryEvents?.push({ type, detail });
      });
    }
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  if (options.gpc !== undefined) {
    await context.addInitScript((value) => {
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
        get: () => value,
        configurable: true,
        enumerable: true,
      });
    }, options.gpc);
  }
  if (options.lateGpc) {
    await context.addInitScript(() => {
      // Registered before any page script, so it runs before the SDK's own listener.
      document.addEventListener('DOMContentLoaded', () => {
        Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
          get: () => true,
          configurable: true,
          enumerable: true,
        });
      });
    });
  }
  if (options.dnt) {
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1', configurable: true });
    });
  }
  const page = await context.newPage();
  return new Visitor(context, page);
}

/**
 * `visitor(options)` opens a new context (one person's browser) and closes it after the
 * test. Tests that need several visits (a decision made without GPC, carried into a GPC
 * browser) open several and pass `storageState` along.
 */
export type OpenVisitor = (options?: VisitorOptions) => Promise<Visitor>;

export const test = base.extend<{ visitor: OpenVisitor }>({
  visitor: async ({ browser, baseURL }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (options) => {
      const visitor = await openVisitor(browser, baseURL, options);
      contexts.push(visitor.context);
      return visitor;
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

export { expect };

/** Fixture pages (demo/fixtures); each loads the built /dist/consentry.js by a real tag. */
export const FIXTURE = {
  optIn: '/demo/fixtures/opt-in.html',
  tenant: '/demo/fixtures/tenant.html',
  optOut: '/demo/fixtures/opt-out.html',
  gpcHint: '/demo/fixtures/gpc-hint.html',
  remoteConfig: '/demo/fixtures/remote-config.html',
  loaderAttrs: '/demo/fixtures/loader-attrs.html',
  double: '/demo/fixtures/double.html',
  order: '/demo/fixtures/order.html',
  cspNonce: '/demo/fixtures/csp-nonce.html',
  srcAttr: '/demo/fixtures/src-attr.html',
  badConfig: '/demo/fixtures/bad-config.html',
  noOpenControl: '/demo/fixtures/no-open-control.html',
  crossOriginLoader: '/demo/fixtures/cross-origin-loader.html',
} as const;

/**
 * What the standard fixtures' tagged scripts leave in `window.__ran` (demo/fixtures/*.html):
 * `analytics` (external, analytics host), `marketing` (external, ads host), `marketingInline`,
 * `analyticsAndMarketing` (needs both) and `notMarketing` (`!marketing`).
 */
export const RAN = {
  /** Before any decision in opt-in mode, or after Reject all: only the `!marketing` fallback. */
  nothingButFallback: { notMarketing: 1 },
  /** Everything granted on a fresh page load. */
  allGranted: { analytics: 1, marketing: 1, marketingInline: 1, analyticsAndMarketing: 1 },
  /** Everything but marketing granted on a fresh page load (e.g. under GPC). */
  allButMarketing: { analytics: 1, notMarketing: 1 },
} as const;

const DAY_SECONDS = 24 * 60 * 60;

/**
 * The decision cookie exists as a first-party cookie that JavaScript can read back, with
 * `SameSite=Lax`, `Path=/` and a lifetime of `days` (docs/configuration.md, Cookie; default 180).
 * Its value is the SDK's own business and is never parsed here.
 */
export async function expectDecisionCookie(visitor: Visitor, name = 'consentry', days = 180): Promise<Cookie> {
  // A page's cookie write reaches the browser's store a moment later.
  await visitor.carryOver();
  const cookie = await visitor.cookie(name);
  expect(cookie, `decision cookie "${name}" in ${JSON.stringify((await visitor.context.cookies()).map((c) => c.name))}`).toBeDefined();
  const found = cookie as Cookie;
  expect(found.sameSite, 'SameSite').toBe('Lax');
  expect(found.path, 'Path').toBe('/');
  expect(found.expires, 'a persistent cookie, not a session cookie').toBeGreaterThan(0);
  const lifetimeDays = (found.expires - Date.now() / 1000) / DAY_SECONDS;
  expect(lifetimeDays, 'lifetime in days').toBeGreaterThan(days - 1);
  expect(lifetimeDays, 'lifetime in days').toBeLessThanOrEqual(days + 0.01);
  expect(found.value.length, 'a value').toBeGreaterThan(0);
  return found;
}

/** Only the non-essential categories that are granted, e.g. `['analytics']`. */
export function granted(state: ConsentState): CategoryId[] {
  return CATEGORIES.filter((id) => id !== 'essential' && state.categories[id]);
}

/** True when the deepest focused element (through shadow roots) is inside `container`. */
export async function hasFocusWithin(container: Locator): Promise<boolean> {
  return container.evaluate((element) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return !!active && element.contains(active);
  });
}

/** The accessible name (or text) of the deepest focused element, for readable failures. */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return '(nothing)';
    const label = active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 40) ?? '';
    return `<${active.tagName.toLowerCase()}> ${label}`;
  });
}
