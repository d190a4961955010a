// The demo site (demo/index.html) that `npm run demo` serves: it must show the banner and
// make gating visible, with its own same-origin fake trackers.
import { expect, test } from './helpers';

test('serves the demo with the banner and shows tracker effects after Accept all', async ({ visitor }) => {
  const v = await visitor();
  await v.goto('/');
  await expect(v.page).toHaveURL(/\/demo\/$/);
  await expect(v.page).toHaveTitle('Acme Voice — AI phone agents');
  await expect(v.banner).toBeVisible();

  const status = v.page.locator('#consent-status');
  await expect(status.locator('[data-category="marketing"]')).toContainText('denied');
  await expect(v.page.locator('#effects [data-effect]')).toHaveText(['Contextual fallback ran (marketing off)']);
  await v.settle();
  expect(v.requests.filter((request) => request.url.includes('/demo/trackers/'))).toEqual([]);

  await v.button(v.banner, 'Accept all').click();
  await expect(v.page.locator('[data-effect="analytics"]')).toBeVisible();
  await expect(v.page.locator('[data-effect="marketing"]')).toBeVisible();
  await expect(v.page.locator('#ad-slot')).toBeVisible();
  await expect(status.locator('[data-category="marketing"]')).toContainText('allowed');
  expect(await v.cookie('consentry_acme')).toBeDefined();
  expect(v.pageErrors).toEqual([]);
});

test('reopens the preference center from the footer Cookie settings button', async ({ visitor }) => {
  const v = await visitor();
  await v.goto('/demo/');
  await v.button(v.banner, 'Reject all').click();
  await expect(v.banner).toBeHidden();
  await v.settle();

  await v.page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings', exact: true }).click();
  await expect(v.dialog).toBeVisible();
  await expect(v.switch('Analytics')).not.toBeChecked();
});
