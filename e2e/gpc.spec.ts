// Global Privacy Control in opt-in mode (docs/gpc-and-dnt.md; CA Cal. Code Regs. tit. 11 § 7025(c)).
// GPC is switched on the way a GPC browser does it: navigator.globalPrivacyControl is
// defined before any page script and every request carries Sec-GPC: 1.
import { FIXTURE, RAN, TRACKER_HOST, expect, granted, test, type OpenVisitor, type Visitor } from './helpers';

async function acceptAllOn(v: Visitor, path: string): Promise<void> {
  await v.goto(path);
  await v.button(v.banner, 'Accept all').click();
  await expect(v.banner).toBeHidden();
}

/** A decision made in a browser without GPC that granted marketing (it ran). */
async function olderGrant(visitor: OpenVisitor) {
  const before = await visitor();
  await acceptAllOn(before, FIXTURE.optIn);
  await expect.poll(() => before.ran()).toMatchObject({ marketing: 1 });
  return before.carryOver();
}

test('keeps marketing off after Accept all when the browser sends GPC', async ({ visitor }) => {
  const v = await visitor({ gpc: true });
  await v.goto(FIXTURE.optIn);
  await expect(v.banner).toBeVisible();
  await v.button(v.banner, 'Accept all').click();
  await expect(v.banner).toBeHidden();

  await expect.poll(() => v.ran()).toMatchObject({ analytics: 1 });
  await v.settle();
  expect(v.trackerRequests(TRACKER_HOST.ads), 'requests to the ads host').toEqual([]);
  expect(await v.ran()).toEqual(RAN.allButMarketing);
  await expect(v.page.locator('[data-effect="marketing"], [data-effect="marketingInline"]')).toHaveCount(0);
  const state = await v.state();
  expect(state).toMatchObject({ decided: true, gpc: true });
  expect(granted(state)).toEqual(['functional', 'analytics']);

  await v.reload();
  await v.settle();
  await expect(v.banner).toBeHidden();
  expect(v.trackerRequests(TRACKER_HOST.ads)).toEqual([]);
  expect(await v.ran()).toEqual(RAN.allButMarketing);
});

test('says in the banner that the GPC signal was honored', async ({ visitor }) => {
  const v = await visitor({ gpc: true });
  await v.goto(FIXTURE.optIn);
  await expect(v.banner).toBeVisible();
  await expect(v.banner).toContainText('Opt-Out Request Honored');
});

test('shows the marketing switch off and disabled with the GPC note and status', async ({ visitor }) => {
  const v = await visitor({ gpc: true });
  await v.goto(FIXTURE.optIn);
  await v.button(v.banner, 'Customize').click();
  await expect(v.dialog).toBeVisible();

  const marketing = v.switch('Limited marketing');
  await expect(marketing).not.toBeChecked();
  await expect(marketing).toBeDisabled();
  await expect(marketing).toHaveAccessibleDescription(/Off via Global Privacy Control/);
  await expect(v.dialog.getByRole('status').filter({ hasText: 'Opt-Out Request Honored' })).toBeVisible();
  // GPC alone does not deny analytics (docs/gpc-and-dnt.md): that switch stays the person's to flip.
  await expect(v.switch('Analytics')).toBeEnabled();

  await v.button(v.dialog, 'Accept all').click();
  await expect(v.dialog).toBeHidden();
  expect((await v.state()).categories.marketing).toBe(false);
  await v.settle();
  expect(v.trackerRequests(TRACKER_HOST.ads)).toEqual([]);
});

test('overrides an older decision that granted marketing', async ({ visitor }) => {
  const storageState = await olderGrant(visitor);

  const v = await visitor({ gpc: true, storageState });
  await v.goto(FIXTURE.optIn);
  await v.settle();

  expect(v.trackerRequests(TRACKER_HOST.ads), 'requests to the ads host').toEqual([]);
  expect(await v.ran()).toEqual(RAN.allButMarketing);
  const state = await v.state();
  // GPC never makes a decision due again: still decided, no banner, marketing denied.
  expect(state).toMatchObject({ decided: true, gpc: true });
  expect(granted(state)).toEqual(['functional', 'analytics']);
  await expect(v.banner).toBeHidden();
  await expect(v.notice).toBeHidden();

  const optouts = await v.events('optout');
  expect(optouts, 'consentry:optout events on this page load').toHaveLength(1);
  expect(optouts[0].detail).toMatchObject({ source: 'gpc', categories: ['marketing'] });

  await v.page.getByRole('button', { name: 'Cookie settings', exact: true }).click();
  await expect(v.switch('Limited marketing')).not.toBeChecked();
  await expect(v.switch('Limited marketing')).toBeDisabled();
  await expect(v.dialog.getByRole('status').filter({ hasText: 'Opt-Out Request Honored' })).toBeVisible();
});

test('keeps the GPC opt-out on a later visit without the signal until the person opts in', async ({ visitor }) => {
  const granting = await olderGrant(visitor);
  const withGpc = await visitor({ gpc: true, storageState: granting });
  await withGpc.goto(FIXTURE.optIn);
  await withGpc.settle();
  const afterGpc = await withGpc.carryOver();

  const v = await visitor({ storageState: afterGpc });
  await v.goto(FIXTURE.optIn);
  await v.settle();
  expect(v.trackerRequests(TRACKER_HOST.ads), 'requests to the ads host without the signal').toEqual([]);
  expect(await v.ran()).toEqual(RAN.allButMarketing);
  const state = await v.state();
  expect(state).toMatchObject({ gpc: false, decided: true });
  expect(state.categories.marketing).toBe(false);

  // Only an explicit opt-in by the person reverses it.
  await v.page.getByRole('button', { name: 'Cookie settings', exact: true }).click();
  await expect(v.switch('Limited marketing')).not.toBeChecked();
  await v.switch('Limited marketing').click();
  await v.button(v.dialog, 'Save choices').click();
  await expect(v.dialog).toBeHidden();
  await expect.poll(() => v.ran()).toMatchObject({ marketing: 1, marketingInline: 1 });
  expect(v.trackerRequests(TRACKER_HOST.ads)).toHaveLength(1);
  expect((await v.state()).categories.marketing).toBe(true);
});

test('treats the string "1" that old extensions set as a GPC signal', async ({ visitor }) => {
  const v = await visitor({ gpc: '1' });
  await acceptAllOn(v, FIXTURE.optIn);
  await v.settle();
  expect((await v.state()).gpc).toBe(true);
  expect(v.trackerRequests(TRACKER_HOST.ads)).toEqual([]);
  expect(await v.ran()).toEqual(RAN.allButMarketing);
});

test('treats globalPrivacyControl false as no signal, never as a choice', async ({ visitor }) => {
  const v = await visitor({ gpc: false });
  await v.goto(FIXTURE.optIn);
  await v.settle();
  const state = await v.state();
  expect(state).toMatchObject({ gpc: false, decided: false });
  expect(granted(state)).toEqual([]);
  expect(v.trackerRequests()).toEqual([]);

  await v.button(v.banner, 'Accept all').click();
  await expect.poll(() => v.ran()).toMatchObject(RAN.allGranted);
});

test('honors the server hint data-gpc="1" on the loader', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.gpcHint);
  expect((await v.state()).gpc).toBe(true);
  await v.button(v.banner, 'Accept all').click();
  await expect(v.banner).toBeHidden();
  await v.settle();
  expect(v.trackerRequests(TRACKER_HOST.ads)).toEqual([]);
  expect(await v.ran()).toEqual(RAN.allButMarketing);
  expect((await v.state()).categories.marketing).toBe(false);
});

test('applies a GPC signal that an extension injects by DOMContentLoaded', async ({ visitor }) => {
  const v = await visitor({ lateGpc: true });
  await v.goto(FIXTURE.optIn);
  await expect.poll(async () => (await v.state()).gpc).toBe(true);
  await expect.poll(() => v.events('optout')).toHaveLength(1);

  await v.button(v.banner, 'Accept all').click();
  await expect(v.banner).toBeHidden();
  await v.settle();
  expect(v.trackerRequests(TRACKER_HOST.ads)).toEqual([]);
  expect((await v.state()).categories.marketing).toBe(false);
});
