// Tagged elements are held on every path a tag reaches the page (docs/gating.md), and
// activated like those in the initial HTML. Each test proves it twice: with the network log
// (nothing requested from a tracker host before consent) and with page effects (nothing ran).
// Fixture: demo/fixtures/gating/insertion-paths.html; names are explained there.
import { TRACKER_HOST, expect, test, type Visitor } from './helpers';
import {
  GATE_HOST,
  GATING_FIXTURE,
  MARKETING_HOSTS,
  SERVICE_HOSTS,
  clickAfterScroll,
  decide,
  effects,
  expectTally,
  gatedVisitor,
  quiet,
  requestsTo,
  times,
} from './gating-helpers';

type Path = 'appendChild' | 'append' | 'innerHTML' | 'insertAdjacentHTML';

const batch = (p: string) => ({ analytics: [`${p}-a`, `${p}-i`], marketing: [`${p}-m`] });

const insert = (v: Visitor, path: Path | 'route' | 'tagManager' | 'gatedTagManager', arg: string) =>
  v.page.evaluate(([path, arg]) => (window as unknown as { insert: Record<string, (p: string) => void> }).insert[path](arg), [path, arg]);

/** Index of each name in the run order, for "a before b" checks with readable failures. */
async function expectRunOrder(v: Visitor, names: string[], message: string): Promise<void> {
  const { order } = await effects(v.page);
  expect(order.filter((n) => names.includes(n)), `${message}; whole run order: ${JSON.stringify(order)}`).toEqual(names);
}

test('holds tagged scripts in the initial HTML until their category is granted', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  await v.goto(GATING_FIXTURE.paths);
  const html = batch('html');
  await expectTally(v, times([...html.analytics, ...html.marketing], 0), 'before any decision');
  expect(v.trackerRequests(), 'no tracker host was contacted before consent').toEqual([]);

  await decide(v.page, { save: { analytics: true } });
  await expectTally(v, { ...times(html.analytics, 1), ...times(html.marketing, 0) }, 'analytics granted');
  await expectRunOrder(v, ['html-a', 'html-i'], 'document order: the external head script first, then the inline body one');

  await decide(v.page, { acceptAll: true });
  await expectTally(v, times([...html.analytics, ...html.marketing], 1), 'everything granted: each ran once');
});

for (const path of ['appendChild', 'append', 'innerHTML', 'insertAdjacentHTML'] as const) {
  test(`holds tagged scripts added with ${path} and activates them like the initial HTML`, async ({ visitor }) => {
    const v = await gatedVisitor(visitor);
    await v.goto(GATING_FIXTURE.paths);
    const pre = batch(`${path}-pre`);
    const post = batch(`${path}-post`);

    await insert(v, path, `${path}-pre`);
    await expectTally(v, times([...pre.analytics, ...pre.marketing], 0), `${path} before consent`);
    expect(v.trackerRequests(), 'no tracker host was contacted before consent').toEqual([]);

    await decide(v.page, { save: { analytics: true } });
    await expectTally(v, { ...times(pre.analytics, 1), ...times(pre.marketing, 0) }, `${path} before consent, then analytics granted`);
    await expectRunOrder(v, pre.analytics, 'the external script blocks the inline one after it, as in the HTML');

    // Added while analytics is granted: the analytics ones run at once, marketing stays held.
    await insert(v, path, `${path}-post`);
    await expectTally(v, { ...times(post.analytics, 1), ...times(post.marketing, 0) }, `${path} after analytics was granted`);
    await expectRunOrder(v, [...pre.analytics, ...post.analytics], 'batches run in insertion order, each in document order');

    await decide(v.page, { acceptAll: true });
    await expectTally(
      v,
      times([...pre.analytics, ...pre.marketing, ...post.analytics, ...post.marketing], 1),
      `${path}: everything granted, each ran once`,
    );
    expect(v.pageErrors).toEqual([]);
  });
}

test('holds tagged scripts rendered by an SPA route change and drops those a re-render removed', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  await v.goto(GATING_FIXTURE.paths);
  const home = batch('route-home');
  const shop = batch('route-shop');
  const all = [...home.analytics, ...home.marketing, ...shop.analytics, ...shop.marketing];

  await insert(v, 'route', 'home');
  await insert(v, 'route', 'shop');
  expect(new URL(v.page.url()).search).toBe('?route=shop');
  await expectTally(v, times(all, 0), 'two route changes before consent');
  expect(v.trackerRequests()).toEqual([]);

  await decide(v.page, { save: { analytics: true } });
  // The home route's scripts left the document with the re-render: they must not run later.
  await expectTally(v, { ...times(shop.analytics, 1), ...times(shop.marketing, 0), ...times([...home.analytics, ...home.marketing], 0) }, 'analytics granted on /shop');

  // Back to home (popstate): a fresh render, granted already, runs at once.
  await v.page.goBack();
  await expect(v.page.getByRole('heading', { name: 'Route home' })).toBeVisible();
  await expectTally(v, { ...times(home.analytics, 1), ...times(home.marketing, 0), ...times(shop.analytics, 1) }, 'back on /home');

  await decide(v.page, { acceptAll: true });
  await expectTally(
    v,
    { ...times([...home.analytics, ...home.marketing, ...shop.analytics], 1), ...times(shop.marketing, 0) },
    'everything granted: the live route’s marketing tag runs, the removed one does not',
  );
});

test('holds what a tag-manager loader inserts, tagged or blocklisted, while the loader itself runs', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  await v.goto(GATING_FIXTURE.paths);
  await insert(v, 'tagManager', 'tm');
  // The loader and the untagged script on no list run at once: the control that this path works.
  await expectTally(v, { 'tm-free': { ran: 1, requested: 1 } }, 'the unlisted script the loader adds runs before consent');
  await expect.poll(async () => (await effects(v.page)).ran['tm-loader']).toBe(1);
  const analytics = ['tm-a', 'tm-bl-a'];
  const marketing = ['tm-bl-m', 'tm-m'];
  await expectTally(v, times([...analytics, ...marketing], 0), 'tag-manager tags before consent');
  expect(v.trackerRequests().filter((url) => !url.includes(GATE_HOST.free)), 'only the unlisted host was contacted').toEqual([]);

  await decide(v.page, { save: { analytics: true } });
  await expectTally(v, { ...times(analytics, 1), ...times(marketing, 0) }, 'analytics granted');
  await decide(v.page, { acceptAll: true });
  await expectTally(v, times([...analytics, ...marketing, 'tm-free'], 1), 'everything granted: each ran once');
});

test('holds a consent-gated tag manager, then holds the marketing tags it inserts', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  await v.goto(GATING_FIXTURE.paths);
  await insert(v, 'gatedTagManager', 'gtm');
  await quiet(v.page);
  expect(v.requests.filter((r) => r.url.includes('tag-manager.js')), 'the gated loader is not fetched').toEqual([]);
  expect((await effects(v.page)).ran).not.toHaveProperty('gtm-loader');

  await decide(v.page, { save: { analytics: true } });
  await expect.poll(async () => (await effects(v.page)).ran['gtm-loader']).toBe(1);
  await expectTally(
    v,
    { ...times(['gtm-a', 'gtm-bl-a', 'gtm-free'], 1), ...times(['gtm-bl-m', 'gtm-m'], 0) },
    'analytics granted: the loader ran and inserted its tags',
  );
  await decide(v.page, { acceptAll: true });
  await expectTally(v, times(['gtm-a', 'gtm-bl-a', 'gtm-free', 'gtm-bl-m', 'gtm-m'], 1), 'everything granted');
});

test('with GPC on, no marketing host is requested on any path, even after Accept all', async ({ visitor }) => {
  const v = await gatedVisitor(visitor, { gpc: true });
  await v.goto(GATING_FIXTURE.gpc);
  await expect(v.banner).toBeVisible();
  await v.button(v.banner, 'Accept all').click();
  await expect(v.banner).toBeHidden();
  expect((await v.state()).categories, 'GPC keeps marketing denied').toMatchObject({ analytics: true, marketing: false });

  await expectTally(v, times(['g-a', 'g-ga'], 1), 'analytics, tagged and from the catalogue, runs');
  await v.page.evaluate(() => (window as unknown as { later(): void }).later());
  // The placeholder's button asks for marketing; under GPC that may only open the explanation.
  await clickAfterScroll(v.page.getByRole('button', { name: 'Allow Limited marketing', exact: true }).first());
  await v.settle();

  const marketingNames = ['g-m', 'g-fb', 'g-bl-m', 'g-frame', 'g-px', 'l-fb', 'l-bl-m', 'l-m', 'l-frame', 'l-px', 'l-bl-frame'];
  const ran = (await effects(v.page)).ran;
  expect(
    requestsTo(v, [...MARKETING_HOSTS, 'connect.facebook.net']),
    'GPC: no request to an ad host (ads/adnet.tracker.test, connect.facebook.net)',
  ).toEqual([]);
  expect(marketingNames.filter((n) => ran[n]), 'no marketing tag ran').toEqual([]);
  expect((await v.state()).categories.marketing).toBe(false);
  expect(v.trackerRequests(TRACKER_HOST.analytics)).toHaveLength(1);
  expect(requestsTo(v, SERVICE_HOSTS).every((url) => url.includes('google-analytics'))).toBe(true);
});
