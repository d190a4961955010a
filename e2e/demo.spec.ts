// The demo that `npm run demo` serves (demo/site/, demo/spa/): a marketing site on the script tag,
// a Preact app on the npm build, three tenants from one config, a GPC switch and a live panel.
import { expect, test, type Visitor } from './helpers';

const TRACKERS = /\/demo\/site\/(trackers|embed)\//;

/** What each tenant of demo/consentry.config.json looks and speaks like. */
const TENANTS = [
  { id: 'acme', lang: 'en', dir: 'ltr', rgb: 'rgb(11, 122, 92)', optIn: true, region: 'Cookie consent', accept: 'Accept all', reject: 'Reject all' },
  { id: 'globex', lang: 'de', dir: 'ltr', rgb: 'rgb(176, 0, 78)', optIn: true, region: 'Cookies bei Globex', accept: 'Alle akzeptieren', reject: 'Alle ablehnen' },
  // Opt-out: a notice whose one control opens the preference center.
  { id: 'initech', lang: 'ar', dir: 'rtl', rgb: 'rgb(255, 180, 84)', optIn: false, region: 'خيارات الخصوصية الخاصة بك', accept: 'قبول الكل', reject: 'رفض الكل', doNotSell: 'عدم بيع معلوماتي الشخصية أو مشاركتها' },
] as const;

const trackerRow = (v: Visitor, id: string) => v.page.locator(`#demo-trackers [data-tracker-row="${id}"]`);

async function panelState(v: Visitor) {
  return JSON.parse((await v.page.locator('#demo-state').textContent()) ?? 'null');
}

async function consentCookies(v: Visitor) {
  return (await v.context.cookies()).filter((cookie) => cookie.name.startsWith('consentry'));
}

test('holds every tracker on the home page, then runs them and updates the live panel after Accept all', async ({ visitor }) => {
  const v = await visitor();
  await v.goto('/');
  await expect(v.page).toHaveURL(/\/demo\/$/);
  await expect(v.banner).toBeVisible();
  await expect(v.page.locator('#demo-tenant')).toHaveText('acme');

  for (const id of ['analytics', 'heatmap', 'pixel', 'video']) await expect(trackerRow(v, id)).toHaveAttribute('data-status', 'held');
  await expect(trackerRow(v, 'analytics').locator('.markup')).toContainText('type="text/plain"');
  await expect(trackerRow(v, 'heatmap').locator('.markup')).toContainText('data-src="/demo/site/trackers/heatmap.js"');
  await expect(v.page.getByRole('button', { name: 'Allow Limited marketing', exact: true })).toBeVisible();
  expect(await panelState(v)).toMatchObject({ decided: false, categories: { analytics: false, marketing: false } });
  await expect(v.page.locator('#demo-datalayer')).toContainText('gtag("consent", "default"');
  await v.settle();
  // The untagged heatmap may be fetched by the preload scanner, never run; the tagged ones are not even fetched.
  expect(v.requests.map((r) => r.url).filter((url) => TRACKERS.test(url) && !url.includes('heatmap'))).toEqual([]);
  expect(await v.page.evaluate(() => (window as { demoTrackers?: string[] }).demoTrackers ?? [])).toEqual([]);

  await v.button(v.banner, 'Accept all').click();
  for (const id of ['analytics', 'heatmap', 'pixel', 'video']) await expect(trackerRow(v, id)).toHaveAttribute('data-status', 'ran');
  await expect.poll(() => panelState(v)).toMatchObject({ decided: true, method: 'accept-all', categories: { analytics: true, marketing: true } });
  await expect(v.page.locator('#demo-cookies .consent-cookie')).toContainText('consentry_acme');
  await expect(v.page.locator('#demo-cookies')).toContainText('_demo_analytics');
  await expect(v.page.locator('#demo-datalayer')).toContainText('gtag("consent", "update"');
  await expect(v.page.frameLocator('iframe[data-tracker="video"]').getByText('Product tour')).toBeVisible();
  expect((await consentCookies(v)).map((cookie) => cookie.name)).toEqual(['consentry_acme']);
  expect(v.pageErrors).toEqual([]);
});

test('opens the preference center from the shared footer and makes the banner due again from the panel', async ({ visitor }) => {
  const v = await visitor();
  await v.goto('/demo/pricing/');
  await v.button(v.banner, 'Reject all').click();
  await expect(v.banner).toBeHidden();
  await expect(trackerRow(v, 'analytics')).toHaveAttribute('data-status', 'held');

  await v.page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings', exact: true }).click();
  await expect(v.dialog).toBeVisible();
  await expect(v.switch('Analytics')).not.toBeChecked();
  await v.button(v.dialog, 'Close').click();
  await expect(v.dialog).toBeHidden();

  await v.page.getByRole('button', { name: 'Reset decision', exact: true }).click();
  await expect(v.banner).toBeVisible();
  await expect.poll(() => panelState(v)).toMatchObject({ decided: false, method: 'default' });
});

for (const tenant of TENANTS) {
  for (const way of ['host name', 'query parameter'] as const) {
    test(`applies tenant ${tenant.id}'s cookie, language, theme and mode when chosen by ${way}`, async ({ visitor, baseURL }) => {
      const v = await visitor();
      const port = new URL(baseURL!).port;
      // *.localhost reaches this machine in Chromium without any host mapping.
      const url = way === 'host name' ? `http://${tenant.id}.localhost:${port}/demo/` : `/demo/?tenant=${tenant.id}`;
      await v.goto(url);
      await expect(v.page.locator('#demo-tenant')).toHaveText(tenant.id);
      await expect(v.page.locator('#demo-tenant-via')).toContainText(way === 'host name' ? `${tenant.id}.localhost` : '?tenant=');

      const ui = v.page.locator('consentry-ui');
      await expect(ui).toHaveAttribute('lang', tenant.lang);
      await expect(ui).toHaveAttribute('dir', tenant.dir);
      const first = v.page.getByRole('region', { name: tenant.region, exact: true });
      await expect(first).toBeVisible();
      await expect(first.getByRole('button').last()).toHaveCSS('background-color', tenant.rgb);

      if (tenant.optIn) {
        await expect(first.getByRole('button', { name: tenant.reject, exact: true })).toBeVisible();
        await first.getByRole('button', { name: tenant.accept, exact: true }).click();
      } else {
        // US-style opt-out: everything runs until the person opts out, and there is no Accept all.
        await expect(first.getByRole('button', { name: tenant.accept })).toHaveCount(0);
        await expect(trackerRow(v, 'analytics')).toHaveAttribute('data-status', 'ran');
        await first.getByRole('button', { name: tenant.doNotSell, exact: true }).click();
        await v.page.getByRole('dialog').getByRole('button', { name: tenant.reject, exact: true }).click();
      }
      await expect.poll(async () => (await consentCookies(v)).map((cookie) => cookie.name)).toEqual([`consentry_${tenant.id}`]);
      const [cookie] = await consentCookies(v);
      expect(cookie.domain.replace(/^\./, '')).toBe(way === 'host name' ? `${tenant.id}.localhost` : '127.0.0.1');
      expect(v.pageErrors).toEqual([]);
    });
  }
}

test('keeps one cookie per tenant when the tenants share a host', async ({ visitor }) => {
  const v = await visitor();
  await v.goto('/demo/?tenant=acme');
  await v.button(v.banner, 'Accept all').click();
  await expect.poll(async () => (await consentCookies(v)).map((cookie) => cookie.name)).toEqual(['consentry_acme']);

  await v.goto('/demo/?tenant=globex');
  const banner = v.page.getByRole('region', { name: 'Cookies bei Globex', exact: true });
  await expect(banner).toBeVisible();
  expect(await v.state()).toMatchObject({ decided: false });
  await banner.getByRole('button', { name: 'Alle ablehnen', exact: true }).click();
  await expect.poll(async () => (await consentCookies(v)).map((cookie) => cookie.name).sort()).toEqual(['consentry_acme', 'consentry_globex']);

  await v.goto('/demo/?tenant=acme');
  expect(await v.state()).toMatchObject({ decided: true, method: 'accept-all' });
});

test('honors the simulated GPC signal through data-gpc, and nothing of marketing is requested', async ({ visitor }) => {
  const v = await visitor();
  await v.goto('/demo/');
  expect(await v.state()).toMatchObject({ gpc: false });

  const reloaded = v.page.waitForEvent('load');
  await v.page.getByRole('switch', { name: 'Simulate GPC' }).click();
  await reloaded;
  await v.waitForReady();
  await expect(v.page.getByRole('switch', { name: 'Simulate GPC' })).toBeChecked();
  await expect(v.page.locator('script[src="/dist/consentry.js"]')).toHaveAttribute('data-gpc', '1');
  expect(await v.state()).toMatchObject({ gpc: true, categories: { marketing: false } });

  await v.button(v.banner, 'Customize').click();
  await expect(v.dialog.getByRole('status')).toContainText('Opt-Out Request Honored');
  await expect(v.switch('Limited marketing')).not.toBeChecked();
  await expect(v.switch('Limited marketing')).toBeDisabled();
  await v.button(v.dialog, 'Accept all').click();

  await expect(trackerRow(v, 'analytics')).toHaveAttribute('data-status', 'ran');
  await expect.poll(() => panelState(v)).toMatchObject({ gpc: true, decided: true, categories: { analytics: true, marketing: false } });
  await v.settle();
  await expect(trackerRow(v, 'pixel')).toHaveAttribute('data-status', 'held');
  await expect(trackerRow(v, 'video')).toHaveAttribute('data-status', 'held');
  expect(v.requests.map((r) => r.url).filter((url) => /\/trackers\/pixel\.js|\/embed\/video\.html/.test(url))).toEqual([]);
  expect(v.pageErrors).toEqual([]);
});

test('binds the SPA to consent.$state and gates what a route adds later', async ({ visitor }) => {
  const v = await visitor();
  await v.goto('/demo/app/');
  const card = v.page.locator('#app-consent');
  await expect(card.locator('[data-category="analytics"]')).toContainText('denied');
  await expect(v.page.locator('#app-page-views')).toContainText('Not started');
  await expect(trackerRow(v, 'chart')).toHaveAttribute('data-status', 'waiting');

  // Client-side navigation: the same document, so a mark left on window survives.
  await v.page.evaluate(() => ((window as { spaMark?: boolean }).spaMark = true));
  await v.page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Reports' }).click();
  await expect(v.page).toHaveURL(/\/demo\/app\/reports$/);
  expect(await v.page.evaluate(() => (window as { spaMark?: boolean }).spaMark)).toBe(true);
  await expect(v.page.locator('script[data-tracker="chart"]')).toHaveAttribute('type', 'text/plain');
  await expect(trackerRow(v, 'chart')).toHaveAttribute('data-status', 'held');
  await v.settle();
  expect(v.requests.filter((r) => r.url.includes('/trackers/chart.js'))).toEqual([]);

  await v.button(v.banner, 'Accept all').click();
  await expect(card.locator('[data-category="analytics"]')).toContainText('allowed');
  await expect(v.page.locator('#usage-chart .bar')).toHaveCount(7);
  await expect(trackerRow(v, 'chart')).toHaveAttribute('data-status', 'ran');
  await expect(trackerRow(v, 'app-analytics')).toHaveAttribute('data-status', 'ran');
  expect(v.requests.filter((r) => r.url.includes('/trackers/chart.js'))).toHaveLength(1);

  // onAllowed started the app's analytics on the Reports route; the next route is counted too.
  await v.page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Overview' }).click();
  await expect(v.page.locator('#app-page-views')).toHaveText('2 page views counted.');

  // A returning visitor: onAllowed runs at once for the stored decision.
  await v.reload();
  await expect(v.page.locator('#app-page-views')).toHaveText('1 page view counted.');
  await expect(card.locator('[data-category="marketing"]')).toContainText('allowed');
  expect(v.pageErrors).toEqual([]);
});
