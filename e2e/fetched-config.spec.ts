// The page while its config is fetched (`data-config`): nothing from another origin runs before
// the config says what it blocks, and then it runs in document order with the tagged scripts; the
// Consent Mode default goes out at once, window.Consentry answers at once and a decision made on
// it applies before anything runs; a config that cannot be had fails closed (docs/script-tag.md,
// Where the config comes from): every data-config answer of corpora/configs.json.
// e2e/gating-fuzz.spec.ts mixes all of this into random pages.
import type { Page, Route } from '@playwright/test';
import { CONFIG_CASES, type DataConfigReply } from '../corpora/corpus';
import { effects, gatedVisitor, quiet, requestedNames } from './gating-helpers';
import { expect, test, type Visitor } from './helpers';

const PAGE = '/demo/fixtures/fetched-config.html';
const CONFIG_URL = '**/demo/fixtures/fetched-config.json';
const DENIED = { essential: true, functional: false, analytics: false, marketing: false };
const DYNAMIC = ['dynamic-free', 'dynamic-listed', 'new-image'];

/** Holds the config's answer until `answer` is called with how to fulfil it. */
async function holdConfig(page: Page): Promise<{ requested: Promise<void>; answer: (reply: (route: Route) => Promise<void>) => void }> {
  let answer!: (reply: (route: Route) => Promise<void>) => void;
  let requested!: () => void;
  const replied = new Promise<(route: Route) => Promise<void>>((resolve) => (answer = resolve));
  const seen = new Promise<void>((resolve) => (requested = resolve));
  await page.route(CONFIG_URL, async (route) => {
    requested();
    await (await replied)(route);
  });
  return { requested: seen, answer };
}

/** dataLayer as plain data; `gtag()` pushes Arguments objects. */
function dataLayer(page: Page): Promise<unknown[][]> {
  return page.evaluate(() => ((window as unknown as { dataLayer: ArrayLike<unknown>[] }).dataLayer ?? []).map((entry) => Array.from(entry)));
}

async function pendingPage(v: Visitor) {
  const config = await holdConfig(v.page);
  await v.page.goto(PAGE, { waitUntil: 'domcontentloaded' });
  await config.requested;
  return config;
}

test('while the config is in flight, nothing from another origin runs and nothing a script inserts is requested; then what the config does not block runs in document order', async ({
  visitor,
}) => {
  const v = await gatedVisitor(visitor);
  const config = await pendingPage(v);
  await quiet(v.page, 300);
  const before = await effects(v.page);
  expect(before.order, 'only the first-party script ran').toEqual(['first-party']);
  expect(before.frames).toEqual({});
  // Parser-inserted ones may have been fetched by the preload scanner; script-inserted ones never are.
  expect(requestedNames(v).filter((name) => DYNAMIC.includes(name))).toEqual([]);
  expect(await v.page.evaluate(() => window.Consentry?.getState().categories)).toEqual(DENIED);

  config.answer((route) => route.fulfill({ json: { tenant: 'fetched', blocklist: { marketing: ['adnet.tracker.test'] } } }));
  await v.waitForReady();
  // free-1 is served 150 ms late and still runs before free-2: document order, as the parser would have run them.
  await expect.poll(async () => (await effects(v.page)).order).toEqual(['first-party', 'free-1', 'fb', 'free-2', 'dynamic-free']);
  await expect.poll(async () => (await effects(v.page)).frames).toEqual({ 'frame-free': 1 });
  await quiet(v.page);
  expect(requestedNames(v).filter((name) => ['dynamic-listed', 'new-image'].includes(name)), 'what the config blocks stays unrequested').toEqual([]);
  expect((await effects(v.page)).ran.listed).toBeUndefined();

  await v.page.evaluate(() => window.Consentry!.acceptAll());
  await expect.poll(async () => (await effects(v.page)).ran).toMatchObject({ listed: 1, 'dynamic-listed': 1 });
  await expect.poll(() => requestedNames(v).filter((name) => name === 'new-image')).toEqual(['new-image']);
});

test('what the config does not block is released with the tagged scripts the instance finds, in document order', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  // A tagged script after an untagged library, as a page using the library would have it.
  await v.page.route(PAGE, async (route) => {
    const response = await route.fetch();
    const tagged = '<script type="text/plain" data-consent="essential">__mark("tagged")</script>';
    await route.fulfill({ response, body: (await response.text()).replace(/(<script src="[^"]*name=free-1[^"]*"><\/script>)/, `$1\n${tagged}`) });
  });
  const config = await pendingPage(v);
  config.answer((route) => route.fulfill({ json: { tenant: 'fetched' } }));
  await v.waitForReady();
  // free-1 is served 150 ms late: the tagged script still waits for it. The two a script inserted are async.
  const inHtml = async () => (await effects(v.page)).order.filter((name) => !name.startsWith('dynamic-'));
  await expect.poll(inHtml).toEqual(['first-party', 'free-1', 'tagged', 'listed', 'fb', 'free-2']);
});

test('an iframe a script writes as markup while the config is in flight waits for what the config says, not for marketing', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  const config = await pendingPage(v);
  await v.page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', '<iframe src="http://free.tracker.test/g/frame.html?name=markup-free" title="free"></iframe>');
    main.insertAdjacentHTML('beforeend', '<iframe src="http://stats.tracker.test/g/frame.html?name=markup-stats" title="stats"></iframe>');
  });
  config.answer((route) => route.fulfill({ json: { tenant: 'fetched', blocklist: { analytics: ['stats.tracker.test'] } } }));
  await v.waitForReady();
  // Not on the config's blocklist: it loads once the config has arrived.
  await expect.poll(async () => (await effects(v.page)).frames['markup-free']).toBe(1);
  // On it for Analytics: Marketing does not release it, Analytics does.
  await v.page.evaluate(() => window.Consentry!.save({ marketing: true }));
  await quiet(v.page, 300);
  expect(requestedNames(v)).not.toContain('markup-stats');
  await v.page.evaluate(() => window.Consentry!.save({ analytics: true }));
  await expect.poll(async () => (await effects(v.page)).frames['markup-stats']).toBe(1);
});

test('a decision made while the config is in flight applies before anything the defaults allow runs', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  // Opt-out defaults grant Limited marketing; the page rejects everything before the config comes.
  await v.page.route(PAGE, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace('data-config=', 'data-mode="opt-out" data-config=') });
  });
  const config = await pendingPage(v);
  await v.page.evaluate(() => window.Consentry!.rejectAll());
  config.answer((route) => route.fulfill({ json: { tenant: 'fetched', blocklist: { marketing: ['adnet.tracker.test'] } } }));
  await v.waitForReady();
  await expect.poll(async () => (await effects(v.page)).ran['free-2']).toBe(1);
  await quiet(v.page, 300);
  expect(await v.state()).toMatchObject({ decided: true, categories: DENIED });
  expect((await effects(v.page)).ran.listed, 'the marketing script the person rejected').toBeUndefined();
  expect(requestedNames(v).filter((name) => ['dynamic-listed', 'new-image'].includes(name))).toEqual([]);
});

test('pushes the Consent Mode default before any later script, and only an update once the config arrives', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  const config = await pendingPage(v);
  const pending = await dataLayer(v.page);
  expect(pending.slice(0, 2)).toEqual([
    ['consent', 'default', expect.objectContaining({ ad_storage: 'denied', analytics_storage: 'denied', security_storage: 'granted', wait_for_update: 500 })],
    ['set', 'ads_data_redaction', true],
  ]);
  expect(pending.findIndex(([command]) => command === 'js'), "the page's gtag('js') comes after the default").toBeGreaterThan(0);

  config.answer((route) => route.fulfill({ json: { tenant: 'fetched' } }));
  await v.waitForReady();
  const layer = await dataLayer(v.page);
  expect(layer.filter(([command, kind]) => command === 'consent' && kind === 'default'), 'one default in all').toHaveLength(1);
  expect(layer.filter(([command, kind]) => command === 'consent' && kind === 'update')).toHaveLength(1);
});

test('window.Consentry answers at once; calls and listeners made before the config arrives take effect when it does', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  const config = await pendingPage(v);
  await v.page.evaluate(() => {
    const consent = window.Consentry!;
    (window as unknown as { __early: string[] }).__early = [];
    consent.on('change', (state) => (window as unknown as { __early: string[] }).__early.push(`change analytics=${state.categories.analytics}`));
    consent.onAllowed('analytics', () => (window as unknown as { __early: string[] }).__early.push('analytics allowed'));
    consent.save({ analytics: true });
  });
  expect(await v.page.evaluate(() => window.Consentry!.allowed('analytics')), 'nothing is granted before the config').toBe(false);

  config.answer((route) => route.fulfill({ json: { tenant: 'fetched' } }));
  await v.waitForReady();
  await expect.poll(() => v.page.evaluate(() => window.Consentry!.getState().categories.analytics)).toBe(true);
  expect(await v.page.evaluate(() => (window as unknown as { __early: string[] }).__early)).toEqual(['analytics allowed']);
  expect((await v.cookie('consentry_fetched'))?.value).toBeTruthy();
  await v.page.evaluate(() => window.Consentry!.rejectAll());
  await expect.poll(() => v.page.evaluate(() => (window as unknown as { __early: string[] }).__early)).toEqual(['analytics allowed', 'change analytics=false']);
});

/** How the test answers the config request for a data-config case of corpora/configs.json. */
function replyWith(reply: DataConfigReply): (route: Route) => Promise<void> {
  // No answer: the loader gives up after 5 s.
  if (reply.never) return () => new Promise(() => {});
  // The browser follows redirects itself, past this route: the server redirects to itself.
  if (reply.redirect) return (route) => route.fulfill({ status: 302, headers: { location: reply.redirect! } });
  const body = `${reply.body ?? ''}${'x'.repeat(reply.pad ?? 0)}${reply.bodyEnd ?? ''}`;
  return (route) => route.fulfill({ status: reply.status ?? 200, contentType: reply.contentType, body });
}

const FAILURES = CONFIG_CASES.filter((c) => c.dataConfig);

test.describe(`${FAILURES.length} data-config answers of corpora/configs.json`, () => {
  for (const { name, reason, dataConfig } of FAILURES) {
    test(`a config that cannot be had (corpus: ${name}) fails closed: opt-out mode grants nothing, built-in trackers stay held, and the reason is reported`, async ({
      visitor,
    }) => {
      const v = await gatedVisitor(visitor);
      // The loader asks for opt-out mode, whose defaults grant everything: a missing config must not.
      await v.page.route(PAGE, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: (await response.text()).replace('data-config=', 'data-mode="opt-out" data-config=') });
      });
      await v.page.route(CONFIG_URL, replyWith(dataConfig!));
      await v.page.goto(PAGE, { waitUntil: 'domcontentloaded' });
      await v.waitForReady();
      expect(await v.state()).toMatchObject({ decided: false, categories: DENIED });
      await expect(v.notice).toBeVisible();
      const errors = v.consoleOf('error').map((message) => message.text);
      expect(errors.some((text) => text.startsWith('[consentry] data-config') && text.includes(reason!) && text.includes('every non-essential category denied')), errors.join('\n')).toBe(true);
      // The built-in catalogue's trackers stay held; the page's other scripts run.
      // The scripts of the HTML run in document order; the two a script inserts are async, and
      // run at once if the failure came before they were inserted.
      await expect.poll(async () => [...(await effects(v.page)).order].sort()).toEqual(['dynamic-free', 'dynamic-listed', 'first-party', 'free-1', 'free-2', 'listed']);
      const { order } = await effects(v.page);
      expect(order.filter((name) => !name.startsWith('dynamic-'))).toEqual(['first-party', 'free-1', 'listed', 'free-2']);
      await quiet(v.page);
      expect((await effects(v.page)).ran.fb, 'the Meta Pixel stays held').toBeUndefined();
      expect(v.pageErrors).toEqual([]);
    });
  }
});
