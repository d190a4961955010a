// corpora/xss.json, payloads of the OWASP XSS Filter Evasion Cheat Sheet that call `__xss()`, in
// every tenant text, link, logo and theme field of a `tenants` entry matching the page's host,
// rendered by the built UI in Chromium: the banner, the preference center (with the GPC conflict
// panel), the notice, the re-open control and a held iframe's placeholder. Nothing runs
// (docs/configuration.md, Validation): `__xss` is never touched, no dialog opens, nothing is
// fetched from the payloads' host, every link is http:, https:, mailto: or relative, and every
// text shows as text. A control test first shows that each payload the corpus marks live does run
// in Chromium when a page puts it where it can.
import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CORPUS_HOST } from '../corpora/corpus';
import { EN } from '../src/i18n/en';
import { onHost, quiet } from './gating-helpers';
import { expect, test, type OpenVisitor, type Visitor } from './helpers';
import { NPM_PAGE, serveBundle } from './npm-bundle';

/** Where a page can put a string and Chromium runs it: markup, a whole document, a link, a style attribute. */
type Sink = 'html' | 'document' | 'href' | 'style';

interface XssCase {
  name: string;
  payload: string;
  /** The sinks where Chromium runs it (empty for vectors only old browsers ran). */
  live: Sink[];
}

const PAYLOADS: XssCase[] = JSON.parse(readFileSync(new URL('../corpora/xss.json', import.meta.url), 'utf8'));
const XSS_HOST = 'xss.test';

/** What a page did with the payloads: `__xss` read, called or set, a dialog, a request to XSS_HOST. */
async function armXss(context: BrowserContext): Promise<string[]> {
  const hits: string[] = [];
  await context.exposeBinding('__xssHit', (_, what: string) => hits.push(what));
  // In every frame, before any script: touching `__xss` in any way reports, with the round it happened in.
  await context.addInitScript(() => {
    const round = () => {
      try {
        return (top as unknown as { __xssRound?: number }).__xssRound;
      } catch {
        return 'of a frame of another origin';
      }
    };
    const report = (what: string) => (window as unknown as { __xssHit?: (what: string) => void }).__xssHit?.(`${what} (round ${round()})`);
    Object.defineProperty(window, '__xss', {
      configurable: false,
      get: () => (report('read'), () => report('call')),
      set: () => report('set'),
    });
  });
  // A payload's script, style sheet or frame from XSS_HOST calls `__xss()` too; the request itself counts.
  await context.route(new RegExp(`^https?://([^/]+\\.)?${XSS_HOST.replace('.', '\\.')}(:\\d+)?/`), (route) => {
    hits.push(`request ${route.request().url()}`);
    return route.fulfill({ contentType: 'text/javascript', body: '__xss()' });
  });
  context.on('page', (page) =>
    page.on('dialog', (dialog) => {
      hits.push(`dialog ${dialog.type()}`);
      return dialog.dismiss();
    }),
  );
  return hits;
}

/** Puts `payload` where a careless page would: as markup, as a document, as a link to follow, as a style. */
function sinkIn({ payload, sink }: { payload: string; sink: Sink }) {
  const box = document.createElement('div');
  document.body.append(box);
  if (sink === 'html') {
    box.append(document.createRange().createContextualFragment(payload));
    // Handlers that need a pointer or a click get one; links are followed unless they navigate away.
    for (const element of box.querySelectorAll('*')) {
      element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      const href = element.getAttribute('href') ?? element.getAttribute('xlink:href');
      if (href && !['http:', 'https:', 'mailto:'].includes(new URL(href, location.href).protocol)) element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    }
  } else if (sink === 'document') {
    const frame = document.createElement('iframe');
    frame.srcdoc = payload;
    box.append(frame);
  } else if (sink === 'href') {
    const link = document.createElement('a');
    link.setAttribute('href', payload);
    link.textContent = 'link';
    box.append(link);
    if (!['http:', 'https:', 'mailto:'].includes(link.protocol)) link.click();
  } else {
    box.setAttribute('style', `color:${payload}`);
    box.textContent = 'styled';
  }
}

test.describe(`the ${PAYLOADS.filter((p) => p.live.length).length} of ${PAYLOADS.length} payloads the corpus marks live run in Chromium where a page puts them (the detection works)`, () => {
  for (const { name, payload, live } of PAYLOADS.filter((p) => p.live.length)) {
    test(`${name} runs as ${live[0]}`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL });
      const hits = await armXss(context);
      await context.route('**/demo/fixtures/npm-bundle.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
      const page = await context.newPage();
      await page.goto(NPM_PAGE);
      // A payload that navigates away ends the evaluation; what it did is in `hits`.
      await page.evaluate(sinkIn, { payload, sink: live[0] }).catch(() => {});
      await expect.poll(() => hits.length, { message: `${name} did not run as ${live[0]}` }).toBeGreaterThan(0);
      await context.close();
    });
  }
});

/** A field of a tenants entry the payloads go into, as a key path. */
type Field = string[];

const TEXT_KEYS = Object.keys(EN).filter((key) => key !== 'categories');
const CATEGORIES = ['essential', 'functional', 'analytics', 'marketing'];
const OPTIONAL = CATEGORIES.slice(1);
const FIELDS: Field[] = [
  ...TEXT_KEYS.map((key) => ['texts', 'en', key]),
  ...CATEGORIES.flatMap((id) => [
    ['texts', 'en', 'categories', id, 'label'],
    ['texts', 'en', 'categories', id, 'description'],
  ]),
  ...OPTIONAL.flatMap((id) => [
    ['categories', id, 'label'],
    ['categories', id, 'description'],
  ]),
  ['links', 'privacyPolicy'],
  ['links', 'cookiePolicy'],
  ['links', 'doNotSell'],
  ['theme', 'logoUrl'],
  ['theme', 'logoAlt'],
  ...['primary', 'background', 'text', 'radius', 'font'].map((key) => ['theme', key]),
];

/**
 * Round `k` puts payload `k + j` (mod their number) into field `j`: over as many rounds as there
 * are payloads, each payload lands in each field once.
 */
function roundOf(k: number): { tenant: Record<string, unknown>; at: (field: string) => string } {
  const tenant: Record<string, unknown> = {};
  const byField = new Map<string, string>();
  FIELDS.forEach((field, j) => {
    const payload = PAYLOADS[(k + j) % PAYLOADS.length].payload;
    byField.set(field.join('.'), payload);
    let node = tenant;
    for (const key of field.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[field[field.length - 1]] = payload;
  });
  return { tenant, at: (field) => byField.get(field)! };
}

/** The instance's config: the round's fields in the tenants entry for the page's host. */
const configOf = (tenant: Record<string, unknown>, mode: 'opt-in' | 'opt-out') => ({
  // A host-only cookie: no domain probe between rounds.
  cookie: { domain: 'host' },
  tenants: { [CORPUS_HOST]: { ...tenant, mode, gpc: { allowOverride: mode === 'opt-out' } } },
});

/** What the UI shows at one moment: the text of its shadow roots, and the attributes that matter. */
interface Shown {
  text: string;
  labels: string[];
  links: Array<{ href: string | null; text: string; part: string | null }>;
  images: Array<{ src: string | null; alt: string | null }>;
  tags: string[];
}

/** Reads every shadow root of the UI (`<consentry-ui>`, `<consentry-placeholder>`); self-contained, it runs in the page. */
function observeUi(): Shown {
  const roots = [...document.querySelectorAll('consentry-ui, consentry-placeholder')].map((host) => host.shadowRoot!).filter(Boolean);
  const all = roots.flatMap((root) => [...root.querySelectorAll('*')]);
  return {
    text: roots.map((root) => root.textContent).join('\n'),
    labels: all.map((element) => element.getAttribute('aria-label')).filter((label): label is string => label !== null),
    links: all.filter((element) => element.localName === 'a').map((a) => ({ href: a.getAttribute('href'), text: a.textContent ?? '', part: a.getAttribute('part') })),
    images: all.filter((element) => element.localName === 'img').map((img) => ({ src: img.getAttribute('src'), alt: img.getAttribute('alt') })),
    tags: [...new Set(all.map((element) => element.localName))].sort(),
  };
}

/** Link targets a tenant may set (docs/configuration.md, Keys): these schemes, or none. */
const SAFE_LINK = /^(https?|mailto):/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The elements the UI makes (the npm test checks this list against a render without payloads). */
const UI_TAGS = new Set(['a', 'button', 'div', 'form', 'h2', 'img', 'input', 'label', 'p', 'section', 'strong']);

/** What is wrong in one moment of one round: a link or logo of another scheme, a text not shown as text, an element the UI never makes. */
function problemsIn(label: string, shown: Shown, texts: string[]): string[] {
  const found: string[] = [];
  for (const { href } of shown.links) if (href === null || (SCHEME.test(href) && !SAFE_LINK.test(href))) found.push(`${label}: link ${JSON.stringify(href)}`);
  for (const { src } of shown.images) if (src === null || (SCHEME.test(src) && !/^https?:/i.test(src))) found.push(`${label}: image ${JSON.stringify(src)}`);
  for (const text of texts) if (!shown.text.includes(text)) found.push(`${label}: text not shown as text: ${JSON.stringify(text).slice(0, 120)}`);
  for (const tag of shown.tags) if (!UI_TAGS.has(tag)) found.push(`${label}: element <${tag}>`);
  return found;
}

/** Round `k`'s texts each moment shows (config labels override the texts' for optional categories). */
function textsShown(at: (field: string) => string) {
  const text = (key: string) => at(`texts.en.${key}`);
  const category = (id: string, key: string) => (id === 'essential' ? at(`texts.en.categories.essential.${key}`) : at(`categories.${id}.${key}`));
  return {
    banner: ['title', 'description', 'acceptAll', 'rejectAll', 'customize', 'gpcHonored', 'blockedContent', 'allowCategory'].map(text),
    preferences: [...['preferencesTitle', 'dntDisclosure', 'saveChoices', 'viaGpc', 'acceptAll', 'rejectAll'].map(text), ...CATEGORIES.flatMap((id) => [category(id, 'label'), category(id, 'description')])],
    notice: ['noticeTitle', 'noticeDescription', 'doNotSell'].map(text),
    conflict: ['gpcConflict', 'keepOptedOut', 'allowForSite'].map(text),
    reopen: [text('privacyChoices')],
  };
}

/** Checks the labels and the policy links of a moment against the round's payloads. */
function linkAndLabelProblems(label: string, shown: Shown, at: (field: string) => string): string[] {
  const found: string[] = [];
  if (!shown.labels.includes(at('texts.en.close')) && /preferences|notice/.test(label)) found.push(`${label}: the close text is no label`);
  for (const link of shown.links.filter((l) => l.part === 'link')) {
    const which = ['privacyPolicy', 'cookiePolicy'].find((key) => link.href === at(`links.${key}`));
    if (!which || link.text !== at(`texts.en.${which}`)) found.push(`${label}: policy link ${JSON.stringify(link)}`);
  }
  for (const image of shown.images) if (image.src !== at('theme.logoUrl') || image.alt !== at('theme.logoAlt')) found.push(`${label}: logo ${JSON.stringify(image)}`);
  return found;
}

declare global {
  interface Window {
    __xssRound?: number;
    __observeUi?: () => Shown;
  }
}

/** A GPC visitor on the corpus host whose pages can read their UI (`__observeUi`) and report touches of `__xss`. */
async function xssVisitor(visitor: OpenVisitor): Promise<{ v: Visitor; hits: string[] }> {
  // GPC on: the banner says it was honored, and switching marketing on opens the conflict panel.
  const v = await visitor({ gpc: true });
  const hits = await armXss(v.context);
  await v.context.addInitScript({ content: `window.__observeUi = ${observeUi.toString()};` });
  return { v, hits };
}

/** The npm build renders round `k` in every moment, in the page: opt-in banner, placeholder and preferences; opt-out notice, conflict panel and re-open control. */
async function renderRounds(page: Page, rounds: Array<{ k: number; optIn: object; optOut: object }>) {
  return page.evaluate(async (rounds) => {
    type Instance = { mount(): void; showBanner(): void; showPreferences(): void; hide(): void; destroy(): void };
    const { createConsent } = (window as unknown as { __corpus: { createConsent(config: object): Instance } }).__corpus;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const forget = () => (document.cookie = 'consentry=; Max-Age=0; Path=/');
    const ui = () => document.querySelector('consentry-ui')!.shadowRoot!;
    const results = [];
    for (const { k, optIn, optOut } of rounds) {
      window.__xssRound = k;
      const held = document.createElement('iframe');
      held.setAttribute('data-consent', 'analytics');
      held.setAttribute('data-src', 'about:blank');
      held.title = 'A held frame';
      document.body.append(held);
      const first = createConsent(optIn);
      first.mount();
      await frame();
      const banner = window.__observeUi!();
      first.showPreferences();
      await frame();
      const preferences = window.__observeUi!();
      first.destroy();
      held.remove();
      document.querySelectorAll('consentry-placeholder').forEach((element) => element.remove());
      forget();
      const second = createConsent(optOut);
      second.mount();
      second.showBanner();
      await frame();
      const notice = window.__observeUi!();
      second.showPreferences();
      await frame();
      ui().querySelector<HTMLInputElement>('input[name="marketing"]')!.click();
      await frame();
      const conflict = window.__observeUi!();
      second.hide();
      await frame();
      const reopen = window.__observeUi!();
      second.destroy();
      forget();
      results.push({ k, banner, preferences, notice, conflict, reopen });
    }
    return results;
  }, rounds);
}

const ROUNDS = PAYLOADS.map((_, k) => k);

test(`the npm build renders ${PAYLOADS.length} payloads in each of ${FIELDS.length} tenant fields (${ROUNDS.length} rounds), and none runs`, async ({ visitor, baseURL }) => {
  test.setTimeout(180_000);
  const { v, hits } = await xssVisitor(visitor);
  await serveBundle(v.context, `import { createConsent } from 'consentry'; window.__corpus = { createConsent };`);
  await v.page.goto(onHost(baseURL, CORPUS_HOST, NPM_PAGE));

  // The UI with links and a logo makes these elements and no others.
  const logo = { logoUrl: '/demo/logo.svg' };
  const [baseline] = await renderRounds(v.page, [
    {
      k: -1,
      optIn: configOf({ links: { privacyPolicy: '/p', cookiePolicy: '/c', doNotSell: '/d' }, theme: logo }, 'opt-in'),
      optOut: configOf({ links: { doNotSell: '/d' }, theme: logo }, 'opt-out'),
    },
  ]);
  const moments = [baseline.banner, baseline.preferences, baseline.notice, baseline.conflict, baseline.reopen];
  expect([...new Set(moments.flatMap((shown) => shown.tags))].sort()).toEqual([...UI_TAGS].sort());

  const found: string[] = [];
  for (let start = 0; start < ROUNDS.length; start += 10) {
    const batch = ROUNDS.slice(start, start + 10).map((k) => ({ k, optIn: configOf(roundOf(k).tenant, 'opt-in'), optOut: configOf(roundOf(k).tenant, 'opt-out') }));
    for (const result of await renderRounds(v.page, batch)) {
      const { at } = roundOf(result.k);
      const texts = textsShown(at);
      for (const moment of ['banner', 'preferences', 'notice', 'conflict', 'reopen'] as const) {
        const label = `round ${result.k} ${moment}`;
        found.push(...problemsIn(label, result[moment], texts[moment]), ...linkAndLabelProblems(label, result[moment], at));
      }
    }
  }
  await quiet(v.page, 300);
  const fieldsHit = FIELDS.length * ROUNDS.length;
  console.log(`XSS payloads (npm build): ${PAYLOADS.length} payloads × ${FIELDS.length} fields = ${fieldsHit} placements in ${ROUNDS.length} rounds, ${hits.length} ran, ${found.length} problems`);
  expect(found).toEqual([]);
  expect(hits).toEqual([]);
  expect(v.pageErrors).toEqual([]);
});

// Every tenth round again through the script tag: the inline config, the loader and consentry-ui.js.
const SCRIPT_TAG_ROUNDS = ROUNDS.filter((k) => k % 10 === 0);

test.describe(`the script tag renders ${SCRIPT_TAG_ROUNDS.length} rounds of payloads`, () => {
  for (const k of SCRIPT_TAG_ROUNDS) {
    test(`round ${k}: banner, placeholder and preferences run none`, async ({ visitor, baseURL }) => {
      const { v, hits } = await xssVisitor(visitor);
      const { tenant, at } = roundOf(k);
      // `<` as `\u003c`, as a site's template writes JSON into a script element.
      const json = JSON.stringify(configOf(tenant, 'opt-in')).replace(/</g, '\\u003c');
      await v.context.route('**/demo/fixtures/corpus-config.js', (route) =>
        route.fulfill({ contentType: 'text/javascript', body: `window.__xssRound = ${k}; document.write(${JSON.stringify(`<script type="application/json" id="consentry-config">${json}</script>`)});` }),
      );
      await v.goto(onHost(baseURL, CORPUS_HOST, '/demo/fixtures/corpus-config.html'));
      await v.page.evaluate(() => {
        const held = document.createElement('iframe');
        held.setAttribute('data-consent', 'analytics');
        held.setAttribute('data-src', 'about:blank');
        held.title = 'A held frame';
        document.body.append(held);
      });
      await expect(v.page.locator('consentry-ui [part="banner"]')).toBeVisible();
      await expect(v.page.locator('consentry-placeholder [part="placeholder"]')).toBeVisible();
      const banner = await v.page.evaluate(() => window.__observeUi!());
      await v.page.evaluate(() => window.Consentry!.showPreferences());
      await expect(v.page.locator('consentry-ui [part="dialog"]')).toBeVisible();
      const preferences = await v.page.evaluate(() => window.__observeUi!());
      const texts = textsShown(at);
      await quiet(v.page, 300);
      expect([
        ...problemsIn('banner', banner, texts.banner),
        ...linkAndLabelProblems('banner', banner, at),
        ...problemsIn('preferences', preferences, texts.preferences),
        ...linkAndLabelProblems('preferences', preferences, at),
      ]).toEqual([]);
      expect(hits).toEqual([]);
      expect(v.pageErrors).toEqual([]);
    });
  }
});
