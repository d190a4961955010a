// The opt-in banner from first visit to stored decision (docs/npm.md, docs/configuration.md,
// docs/accessibility.md). Every test starts in a fresh browser context.
import type { Locator, Page } from '@playwright/test';
import { FIXTURE, RAN, TRACKER_HOST, expect, expectDecisionCookie, granted, test } from './helpers';

const footerSettings = (page: Page) =>
  page.getByRole('button', { name: 'Cookie settings', exact: true });

test('requests and runs no tagged analytics or marketing script before a decision', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.optIn);
  await expect(v.banner).toBeVisible();
  await v.settle();

  expect(v.trackerRequests(), 'requests to tracker hosts before a decision').toEqual([]);
  expect(await v.ran(), 'tagged scripts that ran before a decision').toEqual(RAN.nothingButFallback);
  await expect(v.page.locator('#effects [data-effect]')).toHaveText(['Fallback for no marketing ran']);
  const state = await v.state();
  expect(state.decided).toBe(false);
  expect(granted(state)).toEqual([]);
  expect(state.categories.essential).toBe(true);
  // No decision cookie, no leftover domain probe, nothing else either.
  expect(await v.context.cookies()).toEqual([]);
});

test('gives Accept all, Reject all and Customize equal weight as real buttons', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.optIn);
  const look = (button: Locator) =>
    button.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        tag: element.tagName,
        fontSize: style.fontSize,
        fontWeight: style.fontWeight,
        color: style.color,
        background: style.backgroundColor,
        border: `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}`,
        height: Math.round(element.getBoundingClientRect().height),
      };
    });
  const accept = await look(v.button(v.banner, 'Accept all'));
  const reject = await look(v.button(v.banner, 'Reject all'));
  const customize = await look(v.button(v.banner, 'Customize'));

  expect(accept.tag).toBe('BUTTON');
  expect(reject, 'Reject all looks exactly like Accept all').toEqual(accept);
  expect(customize.tag).toBe('BUTTON');
  expect({ fontSize: customize.fontSize, height: customize.height }).toEqual({
    fontSize: accept.fontSize,
    height: accept.height,
  });
});

test('accepts all, runs every tagged script and keeps the choice after reload', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.optIn);
  await v.button(v.banner, 'Accept all').click();

  await expect(v.banner).toBeHidden();
  await expect.poll(() => v.ran()).toEqual({ ...RAN.allGranted, notMarketing: 1 });
  await expect(v.page.locator('[data-effect="analytics"]')).toHaveText('Analytics tracker loaded');
  await expect(v.page.locator('[data-effect="marketing"]')).toHaveText('Ad pixel loaded');
  expect(v.trackerRequests(TRACKER_HOST.analytics)).toHaveLength(1);
  expect(v.trackerRequests(TRACKER_HOST.ads)).toHaveLength(1);
  let state = await v.state();
  expect(state).toMatchObject({ decided: true, method: 'accept-all' });
  expect(granted(state)).toEqual(['functional', 'analytics', 'marketing']);
  await expectDecisionCookie(v);

  await v.reload();
  await v.settle();
  await expect(v.banner).toBeHidden();
  expect(await v.ran(), 'the same scripts run again, the !marketing fallback does not').toEqual(RAN.allGranted);
  expect(v.trackerRequests(TRACKER_HOST.ads)).toHaveLength(2);
  state = await v.state();
  expect(state).toMatchObject({ decided: true, method: 'accept-all' });
  expect(granted(state)).toEqual(['functional', 'analytics', 'marketing']);
  await expectDecisionCookie(v);
});

test('rejects all, runs nothing non-essential and keeps the refusal after reload', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.optIn);
  await v.button(v.banner, 'Reject all').click();

  await expect(v.banner).toBeHidden();
  await v.settle();
  expect(v.trackerRequests()).toEqual([]);
  expect(await v.ran()).toEqual(RAN.nothingButFallback);
  let state = await v.state();
  expect(state).toMatchObject({ decided: true, method: 'reject-all' });
  expect(granted(state)).toEqual([]);
  // A refusal is remembered as long as an acceptance (docs/configuration.md, Keys).
  await expectDecisionCookie(v);

  await v.reload();
  await v.settle();
  await expect(v.banner).toBeHidden();
  expect(v.trackerRequests()).toEqual([]);
  expect(await v.ran()).toEqual(RAN.nothingButFallback);
  state = await v.state();
  expect(state).toMatchObject({ decided: true, method: 'reject-all' });
  expect(granted(state)).toEqual([]);
  await expectDecisionCookie(v);
});

test('opens the preference center with no pre-ticked switch', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.optIn);
  await v.button(v.banner, 'Customize').click();

  await expect(v.dialog).toBeVisible();
  await expect(v.switch('Strictly necessary')).toBeChecked();
  await expect(v.switch('Strictly necessary')).toBeDisabled();
  for (const label of ['Functional', 'Analytics', 'Limited marketing'] as const) {
    await expect(v.switch(label), label).not.toBeChecked();
    await expect(v.switch(label), label).toBeEnabled();
  }
  for (const name of ['Save choices', 'Accept all', 'Reject all', 'Close']) {
    await expect(v.button(v.dialog, name), name).toBeVisible();
  }
});

test('saves a custom choice and shows it again after reload', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.optIn);
  await v.button(v.banner, 'Customize').click();
  await v.switch('Analytics').click();
  await expect(v.switch('Analytics')).toBeChecked();
  await v.button(v.dialog, 'Save choices').click();

  await expect(v.dialog).toBeHidden();
  await expect(v.banner).toBeHidden();
  await expect.poll(() => v.ran()).toEqual({ analytics: 1, notMarketing: 1 });
  await v.settle();
  expect(await v.ran()).toEqual({ analytics: 1, notMarketing: 1 });
  expect(v.trackerRequests(TRACKER_HOST.analytics)).toHaveLength(1);
  expect(v.trackerRequests(TRACKER_HOST.ads)).toEqual([]);
  let state = await v.state();
  expect(state).toMatchObject({ decided: true, method: 'custom' });
  expect(granted(state)).toEqual(['analytics']);
  await expectDecisionCookie(v);

  await v.reload();
  await v.settle();
  await expect(v.banner).toBeHidden();
  expect(await v.ran()).toEqual({ analytics: 1, notMarketing: 1 });
  expect(v.trackerRequests(TRACKER_HOST.ads)).toEqual([]);
  state = await v.state();
  expect(state).toMatchObject({ decided: true, method: 'custom' });
  expect(granted(state)).toEqual(['analytics']);

  // The re-opened preference center shows the current choice.
  await footerSettings(v.page).click();
  await expect(v.dialog).toBeVisible();
  await expect(v.switch('Analytics')).toBeChecked();
  await expect(v.switch('Functional')).not.toBeChecked();
  await expect(v.switch('Limited marketing')).not.toBeChecked();
});

test('withdraws consent from the footer control and runs nothing after reload', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.optIn);
  await v.button(v.banner, 'Accept all').click();
  await expect.poll(() => v.ran()).toMatchObject({ marketing: 1 });
  await v.settle();

  // Withdrawing takes as few clicks in the re-opened panel as accepting did (GDPR Art. 7(3)).
  await footerSettings(v.page).click();
  await expect(v.dialog).toBeVisible();
  await expect(v.switch('Limited marketing')).toBeChecked();
  await v.button(v.dialog, 'Reject all').click();

  await expect(v.dialog).toBeHidden();
  const state = await v.state();
  expect(state).toMatchObject({ decided: true, method: 'reject-all' });
  expect(granted(state)).toEqual([]);
  await expectDecisionCookie(v);

  const before = v.trackerRequests().length;
  await v.reload();
  await v.settle();
  await expect(v.banner).toBeHidden();
  expect(v.trackerRequests().slice(before), 'tracker requests after withdrawal').toEqual([]);
  expect(await v.ran()).toEqual(RAN.nothingButFallback);
});

test('keeps the preference center open when it is reopened right after a decision', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.optIn);
  const reject = await v.button(v.banner, 'Reject all').elementHandle();
  const opener = await footerSettings(v.page).elementHandle();
  // Both clicks in one task: the fastest person possible, and no timing luck in the test.
  await v.page.evaluate(([first, second]) => {
    (first as HTMLElement).click();
    (second as HTMLElement).click();
  }, [reject, opener]);
  await expect(v.banner).toBeHidden();
  await expect(v.dialog).toBeVisible();
  expect(await v.state()).toMatchObject({ decided: true, method: 'reject-all' });

  // Nothing but the person closes it; 1.5 s covers any tab-sync poll (under a second, docs/configuration.md).
  await v.page.waitForTimeout(1_500);
  await expect(v.dialog, 'the re-opened preference center is still open').toBeVisible();
});

test('shares one decision across subdomains of the registrable domain', async ({ visitor, baseURL }) => {
  // demo/serve.js answers www.acme.test and app.acme.test too (--host-resolver-rules).
  const port = new URL(baseURL ?? 'http://127.0.0.1:4173').port;
  const v = await visitor();
  await v.goto(`http://www.acme.test:${port}${FIXTURE.optIn}`);
  await v.button(v.banner, 'Reject all').click();
  await expect(v.banner).toBeHidden();
  const cookie = await expectDecisionCookie(v);
  expect(cookie.domain, 'cookie.domain "auto" scopes to the registrable domain').toBe('.acme.test');
  expect((await v.context.cookies()).map((c) => c.name), 'no probe cookie left behind').toEqual(['consentry']);

  await v.goto(`http://app.acme.test:${port}${FIXTURE.optIn}`);
  await v.settle();
  await expect(v.banner).toBeHidden();
  expect(await v.state()).toMatchObject({ decided: true, method: 'reject-all' });
  expect(v.pageErrors).toEqual([]);
});
