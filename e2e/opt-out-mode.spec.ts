// US-style opt-out mode (docs/configuration.md; docs/gpc-and-dnt.md, By mode): non-essential
// categories are granted until the person opts out, and GPC opts out of marketing with no pop-up.
import type { Locator } from '@playwright/test';
import { FIXTURE, RAN, TRACKER_HOST, expect, granted, test, type Visitor } from './helpers';

const DO_NOT_SELL = 'Do Not Sell or Share My Personal Information';

/** The notice's control: a button, or a link with `links.doNotSell` (docs/accessibility.md). */
function doNotSell(v: Visitor): Locator {
  return v.notice
    .getByRole('button', { name: DO_NOT_SELL, exact: true })
    .or(v.notice.getByRole('link', { name: DO_NOT_SELL, exact: true }));
}

test('shows the Your privacy choices notice and runs non-essential scripts until the person opts out', async ({
  visitor,
}) => {
  const v = await visitor();
  await v.goto(FIXTURE.optOut);

  await expect(v.notice).toBeVisible();
  await expect(doNotSell(v)).toBeVisible();
  await expect(v.banner).toBeHidden();
  await expect.poll(() => v.ran()).toEqual(RAN.allGranted);
  expect(v.trackerRequests(TRACKER_HOST.ads)).toHaveLength(1);
  const state = await v.state();
  expect(state).toMatchObject({ decided: false, gpc: false });
  expect(granted(state)).toEqual(['functional', 'analytics', 'marketing']);
});

test('opts out of sale and sharing through the Do Not Sell or Share control and remembers it', async ({
  visitor,
}) => {
  const v = await visitor();
  await v.goto(FIXTURE.optOut);
  // No links.doNotSell configured: the control opens the preference center.
  await doNotSell(v).click();
  await expect(v.dialog).toBeVisible();
  await expect(v.switch('Limited marketing')).toBeChecked();
  await v.switch('Limited marketing').click();
  await v.button(v.dialog, 'Save choices').click();
  await expect(v.dialog).toBeHidden();

  const state = await v.state();
  expect(state.decided).toBe(true);
  expect(granted(state)).toEqual(['functional', 'analytics']);
  const optouts = await v.events('optout');
  expect(optouts.map((event) => event.detail)).toContainEqual(
    expect.objectContaining({ source: 'user', categories: expect.arrayContaining(['marketing']) }),
  );

  const before = v.trackerRequests(TRACKER_HOST.ads).length;
  await v.reload();
  await v.settle();
  await expect(v.notice).toBeHidden();
  expect(v.trackerRequests(TRACKER_HOST.ads).slice(before), 'ads requests after opting out').toEqual([]);
  expect(await v.ran()).toEqual(RAN.allButMarketing);
});

test('opens no notice under GPC and denies marketing only', async ({ visitor }) => {
  const v = await visitor({ gpc: true });
  await v.goto(FIXTURE.optOut);
  await v.settle();

  // GPC never triggers a pop-up (CA Cal. Code Regs. tit. 11 § 7025(f)): no notice, banner or
  // dialog opens on its own.
  await expect(v.notice).toBeHidden();
  await expect(v.banner).toBeHidden();
  await expect(v.dialog).toBeHidden();
  expect(v.trackerRequests(TRACKER_HOST.ads), 'requests to the ads host').toEqual([]);
  expect(await v.ran()).toEqual(RAN.allButMarketing);
  const state = await v.state();
  // A stored GPC opt-out alone is not a choice (docs/npm.md, The state).
  expect(state).toMatchObject({ gpc: true, decided: false });
  expect(granted(state)).toEqual(['functional', 'analytics']);
  const optouts = await v.events('optout');
  expect(optouts).toHaveLength(1);
  expect(optouts[0].detail).toMatchObject({ source: 'gpc', categories: ['marketing'] });

  // A passive status in the preference center (CA Cal. Code Regs. tit. 11 § 7025(c)(6)).
  await v.page.getByRole('button', { name: 'Cookie settings', exact: true }).click();
  await expect(v.dialog.getByRole('status').filter({ hasText: 'Opt-Out Request Honored' })).toBeVisible();
  await expect(v.switch('Limited marketing')).not.toBeChecked();
  await expect(v.switch('Limited marketing')).toBeDisabled();
  await expect(v.switch('Analytics')).toBeChecked();
});

test('keeps the GPC opt-out on a later visit without the signal', async ({ visitor }) => {
  const withGpc = await visitor({ gpc: true });
  await withGpc.goto(FIXTURE.optOut);
  await withGpc.settle();
  expect(withGpc.trackerRequests(TRACKER_HOST.ads)).toEqual([]);
  expect(await withGpc.cookie(), 'the GPC opt-out is stored').toBeDefined();

  const v = await visitor({ storageState: await withGpc.carryOver() });
  await v.goto(FIXTURE.optOut);
  await v.settle();
  expect(v.trackerRequests(TRACKER_HOST.ads), 'requests to the ads host without the signal').toEqual([]);
  expect(await v.ran()).toEqual(RAN.allButMarketing);
  const state = await v.state();
  expect(state.gpc).toBe(false);
  expect(granted(state)).toEqual(['functional', 'analytics']);
});
