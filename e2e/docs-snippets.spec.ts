// The HTML, CSS and HTTP blocks of the README and the docs, and the TypeScript ones marked
// `run=browser`, work as written in Chromium with the built files (scripts/doc-snippets.ts says
// which block goes where; scripts/doc-snippets.test.ts and doc-code.test.ts check the others in
// Node).
import type { Page } from '@playwright/test';
import { allSnippets, BROWSER_PLACEHOLDERS, type Snippet } from '../scripts/doc-snippets';
import { heldElements, LABELS, servePage, type HeldElement } from './doc-snippet-page';
import { expect, test, type Visitor } from './helpers';

const snippets = allSnippets();
const inBrowser = snippets.filter((s) => s.kind === 'html' || s.kind === 'css' || s.kind === 'http' || s.marks.run === 'browser');

/** The placeholders for "start it, now that it is allowed" that a block calls. */
const startedBy = (code: string) => BROWSER_PLACEHOLDERS.filter((name) => new RegExp(`\\b${name}\\b`).test(code));

const calls = (page: Page) => page.evaluate(() => [...((window as Window & { __placeholderCalls?: string[] }).__placeholderCalls ?? [])]);

/** How many requests so far start with one of the URLs. */
const requestedCount = (v: Visitor, urls: string[]) => v.requests.filter((request) => urls.some((url) => request.url.startsWith(url))).length;

/** Console errors and warnings, and page errors: none is expected from a block that works. */
function expectNoErrors(v: Visitor) {
  expect(v.pageErrors.map(String), 'page errors').toEqual([]);
  expect(
    v.consoleMessages.filter((m) => m.type === 'error' || (m.type === 'warning' && m.text.startsWith('[consentry]'))).map((m) => m.text),
    'console errors and Consentry warnings',
  ).toEqual([]);
}

/** A page queue as plain data: the Arguments objects gtag() pushes become arrays. */
const queue = (page: Page, name: 'dataLayer' | 'uetq') =>
  page.evaluate((key) => {
    const value = (window as unknown as Record<string, unknown>)[key];
    if (!Array.isArray(value)) return null;
    return JSON.parse(JSON.stringify(value.map((entry) => (Object.prototype.toString.call(entry) === '[object Arguments]' ? Array.from(entry) : entry))));
  }, name) as Promise<unknown[] | null>;

async function exercise(v: Visitor, snippet: Snippet, url: string) {
  const held: HeldElement[] =
    snippet.marks.run === 'browser'
      ? (snippet.marks.held ?? []).map((prefix) => ({ tag: 'script', categories: [], urls: [prefix] }))
      : snippet.kind === 'html'
        ? heldElements(snippet.code, url)
        : [];
  const started = startedBy(snippet.code);
  await v.goto(url);
  await v.settle();

  for (const element of held) expect(requestedCount(v, element.urls), `${element.urls.join(' or ')} before consent`).toBe(0);
  expect(await calls(v.page), 'nothing started before consent').toEqual([]);
  if (/googleConsentMode/.test(snippet.code + JSON.stringify(snippet.config ?? {}))) {
    expect((await queue(v.page, 'dataLayer'))?.[0], "Consent Mode's default comes first in dataLayer").toEqual(['consent', 'default', expect.any(Object)]);
  }
  if (/"uet":\s*true/.test(snippet.code + JSON.stringify(snippet.config ?? {}))) {
    expect((await queue(v.page, 'uetq'))?.slice(0, 3), "UET's consent default comes first in uetq").toEqual(['consent', 'default', { ad_storage: 'denied' }]);
  }
  if (/data-gpc="1"/.test(snippet.code)) expect((await v.state()).gpc, 'data-gpc="1" turns GPC on').toBe(true);
  if (snippet.kind === 'css') return checkCss(v, snippet);

  // The opt-in banner, whatever title the block's texts give it.
  const banner = v.page.locator('consentry-ui').getByRole('region').filter({ has: v.page.getByRole('button', { name: 'Accept all', exact: true }) });
  // Every block shows it on a first visit, but those in opt-out mode, which show a notice instead.
  if (!/"mode":\s*"opt-out"|data-mode="opt-out"|mode: 'opt-out'/.test(snippet.code + JSON.stringify(snippet.config ?? {}))) {
    await expect(banner, 'the banner on a first visit').toBeVisible();
    for (const element of held.filter((e) => e.tag === 'iframe' && e.categories.length === 1)) {
      await expect(v.page.getByRole('button', { name: `Allow ${LABELS[element.categories[0]]}`, exact: true }).first(), 'a placeholder offers to allow it').toBeVisible();
    }
    await v.button(banner, 'Accept all').click();
    for (const element of held) await expect.poll(() => requestedCount(v, element.urls), `${element.urls.join(' or ')} after Accept all`).toBeGreaterThan(0);
    await expect.poll(() => calls(v.page), 'started once after Accept all').toEqual(started);

    // The returning visitor: the stored choice starts everything again, without a banner.
    const before = held.map((element) => requestedCount(v, element.urls));
    await v.reload();
    await expect(banner).toBeHidden();
    for (const [i, element] of held.entries()) {
      await expect.poll(() => requestedCount(v, element.urls), `${element.urls.join(' or ')} on reload`).toBeGreaterThan(before[i]);
    }
    await expect.poll(() => calls(v.page), 'started once on reload').toEqual(started);
  } else {
    // Opt-out mode: everything is allowed already, so nothing of the block waits.
    await expect(v.notice, 'the opt-out notice on a first visit').toBeVisible();
    expect(held, 'a block whose elements wait for consent is in opt-in mode').toEqual([]);
    expect(started, 'a block that starts something once allowed is in opt-in mode').toEqual([]);
  }
  if (/data-consent-open/.test(snippet.code)) {
    await v.page.locator('[data-consent-open]').first().click();
    await expect(v.dialog, 'data-consent-open opens the preference center').toBeVisible();
  }
  expect(await v.page.evaluate(() => window.__cspViolations), 'Content-Security-Policy violations').toEqual([]);
}

/** A CSS block: every rule parses, custom properties reach the UI's host, and every `::part()` it styles exists. */
async function checkCss(v: Visitor, snippet: Snippet) {
  await expect(v.banner).toBeVisible();
  await expect(v.page.getByRole('button', { name: 'Allow Limited marketing', exact: true })).toBeVisible();
  const rules = await v.page.evaluate(() => [...document.styleSheets[0].cssRules].map((rule) => rule.cssText));
  expect(rules, 'every rule parses').toHaveLength((snippet.code.match(/\{/g) ?? []).length);
  for (const [, host, properties] of snippet.code.matchAll(/^([\w-]+)\s*\{([^}]*)\}/gm)) {
    for (const [, name, value] of properties.matchAll(/(--[\w-]+):\s*([^;]+);/g)) {
      const computed = await v.page.locator(host).first().evaluate((element, property) => getComputedStyle(element).getPropertyValue(property).trim(), name);
      expect(computed, `${host} ${name}`).toBe(value.trim());
    }
  }
  for (const [, host, part] of snippet.code.matchAll(/([\w-]+)::part\(([\w-]+)\)/g)) {
    const found = await v.page.evaluate(([h, p]) => [...document.querySelectorAll(h)].some((el) => !!el.shadowRoot?.querySelector(`[part~="${p}"]`)), [host, part]);
    expect(found, `${host}::part(${part}) names a part of the UI`).toBe(true);
  }
}

for (const snippet of inBrowser) {
  test(`${snippet.id} (${snippet.marks.run === 'browser' ? 'bundled' : snippet.kind}) works as written`, async ({ visitor, baseURL }) => {
    const v = await visitor();
    const url = await servePage(v, snippet, baseURL!);
    await exercise(v, snippet, url);
    expectNoErrors(v);
  });
}

// The quick starts, by name: a new visitor's analytics starts after Accept all, and a returning
// visitor's again on reload, from the stored choice.
const readme = (lang: string, match: RegExp) => {
  const found = snippets.find((s) => s.file === 'README.md' && s.lang === lang && match.test(s.code));
  if (!found) throw new Error(`README.md has no ${lang} block matching ${match}`);
  return found;
};

test("README's script-tag quick start runs gtag's config after Accept all, and again on reload", async ({ visitor, baseURL }) => {
  const snippet = readme('html', /consentry\.js/);
  const v = await visitor();
  const url = await servePage(v, snippet, baseURL!);
  const configured = async () => ((await queue(v.page, 'dataLayer')) ?? []).filter((entry) => Array.isArray(entry) && entry[0] === 'config').length;
  const gtagJs = () => requestedCount(v, ['https://www.googletagmanager.com/gtag/js']);

  await v.goto(url);
  await v.settle();
  expect(gtagJs(), 'gtag.js before consent').toBe(0);
  expect(await configured()).toBe(0);

  await v.button(v.banner, 'Accept all').click();
  await expect.poll(configured, "gtag('config') after Accept all").toBe(1);
  await expect.poll(gtagJs, 'gtag.js after Accept all').toBe(1);

  await v.reload();
  await expect(v.banner).toBeHidden();
  await expect.poll(configured, "gtag('config') on reload").toBe(1);
  await expect.poll(gtagJs, 'gtag.js on reload').toBe(2);
  expectNoErrors(v);
});

test("README's npm quick start, bundled, starts analytics after Accept all, and again on reload", async ({ visitor, baseURL }) => {
  const snippet = readme('ts', /onAllowed\('analytics'/);
  expect(snippet.marks.run).toBe('browser');
  const v = await visitor();
  const url = await servePage(v, snippet, baseURL!);

  await v.goto(url);
  await expect(v.banner).toBeVisible();
  expect(await calls(v.page)).toEqual([]);

  await v.button(v.banner, 'Accept all').click();
  await expect.poll(() => calls(v.page)).toEqual(['startAnalytics']);

  await v.reload();
  await expect(v.banner).toBeHidden();
  await expect.poll(() => calls(v.page), 'a returning visitor starts it from the stored choice').toEqual(['startAnalytics']);
  expectNoErrors(v);
});
