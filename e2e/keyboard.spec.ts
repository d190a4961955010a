// Keyboard use of the banner and the preference center (docs/accessibility.md, Keyboard and focus):
// Tab reaches the banner, which does not trap focus; the dialog traps Tab and Shift+Tab,
// closes on Escape and hands focus back to its opener; closing is not consent.
import type { Locator, Page } from '@playwright/test';
import { FIXTURE, RAN, describeFocus, expect, granted, hasFocusWithin, test } from './helpers';

/** Presses Tab until `target` has focus; fails with the last focused element otherwise. */
async function tabTo(page: Page, target: Locator, maxPresses = 30): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const focused = await target.evaluate((element) => {
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active === element;
    });
    if (focused) return;
  }
  throw new Error(`${maxPresses} Tab presses never reached ${target}; focus is on ${await describeFocus(page)}`);
}

const footerSettings = (page: Page) => page.getByRole('button', { name: 'Cookie settings', exact: true });

test('reaches Reject all with Tab and rejects all with Enter', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.optIn);
  await tabTo(v.page, v.button(v.banner, 'Reject all'));
  await v.page.keyboard.press('Enter');

  await expect(v.banner).toBeHidden();
  const state = await v.state();
  expect(state).toMatchObject({ decided: true, method: 'reject-all' });
  expect(granted(state)).toEqual([]);
  expect(await v.cookie()).toBeDefined();
});

test('reaches Accept all with Tab and accepts all with Enter', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.optIn);
  await tabTo(v.page, v.button(v.banner, 'Accept all'));
  await v.page.keyboard.press('Enter');

  await expect(v.banner).toBeHidden();
  await expect.poll(() => v.ran()).toEqual({ ...RAN.allGranted, notMarketing: 1 });
  expect(await v.state()).toMatchObject({ decided: true, method: 'accept-all' });
});

test('lets focus leave the banner, which is not a modal', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.optIn);
  await tabTo(v.page, v.button(v.banner, 'Accept all'));
  let left = false;
  for (let i = 0; i < 15 && !left; i++) {
    await v.page.keyboard.press('Tab');
    left = !(await hasFocusWithin(v.banner));
  }
  expect(left, 'Tab moves focus out of the banner').toBe(true);
  await expect(v.banner).toBeVisible();
  expect((await v.state()).decided).toBe(false);
});

test('opens the dialog from Customize by keyboard and traps Tab and Shift+Tab inside it', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.optIn);
  await tabTo(v.page, v.button(v.banner, 'Customize'));
  await v.page.keyboard.press('Enter');

  await expect(v.dialog).toBeVisible();
  await expect.poll(() => hasFocusWithin(v.dialog), { message: 'focus moves into the dialog' }).toBe(true);
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < 15; i++) {
      await v.page.keyboard.press(key);
      expect(await hasFocusWithin(v.dialog), `after ${i + 1} × ${key}: ${await describeFocus(v.page)}`).toBe(true);
    }
  }
});

test('closes the dialog with Escape and returns focus to Customize', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.optIn);
  const customize = v.button(v.banner, 'Customize');
  await tabTo(v.page, customize);
  await v.page.keyboard.press('Enter');
  await expect(v.dialog).toBeVisible();
  await expect.poll(() => hasFocusWithin(v.dialog)).toBe(true);
  await v.page.keyboard.press('Escape');

  await expect(v.dialog).toBeHidden();
  await expect(v.banner).toBeVisible();
  await expect(customize, 'focus returns to the control that opened the dialog').toBeFocused();
});

test('records no consent when the dialog is dismissed with Escape', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.optIn);
  await tabTo(v.page, v.button(v.banner, 'Customize'));
  await v.page.keyboard.press('Enter');
  await expect(v.dialog).toBeVisible();
  // Flip a switch without saving: dismissing must not store it either (docs/accessibility.md).
  await tabTo(v.page, v.switch('Analytics'));
  await v.page.keyboard.press('Space');
  await expect(v.switch('Analytics')).toBeChecked();
  await v.page.keyboard.press('Escape');

  await expect(v.dialog).toBeHidden();
  await expect(v.banner).toBeVisible();
  const state = await v.state();
  expect(state.decided).toBe(false);
  expect(granted(state)).toEqual([]);
  await v.settle();
  expect(v.trackerRequests()).toEqual([]);
  expect(await v.ran()).toEqual(RAN.nothingButFallback);
  expect(await v.cookie(), 'no decision cookie after Escape').toBeUndefined();

  await v.reload();
  await expect(v.banner).toBeVisible();
  expect((await v.state()).decided).toBe(false);
});

test('closes the dialog with its Close button without recording consent', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.optIn);
  await v.button(v.banner, 'Customize').click();
  await v.switch('Limited marketing').click();
  await v.button(v.dialog, 'Close').click();

  await expect(v.dialog).toBeHidden();
  await expect(v.banner).toBeVisible();
  const state = await v.state();
  expect(state.decided).toBe(false);
  expect(granted(state)).toEqual([]);
  await v.settle();
  expect(v.trackerRequests()).toEqual([]);
  expect(await v.cookie(), 'no decision cookie after Close').toBeUndefined();
});

test('returns focus to the footer Cookie settings button after Escape', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.optIn);
  await v.button(v.banner, 'Reject all').click();
  await expect(v.banner).toBeHidden();
  await v.settle();

  const opener = footerSettings(v.page);
  await tabTo(v.page, opener);
  await v.page.keyboard.press('Enter');
  await expect(v.dialog).toBeVisible();
  await expect.poll(() => hasFocusWithin(v.dialog)).toBe(true);
  await v.page.keyboard.press('Escape');

  await expect(v.dialog).toBeHidden();
  await expect(opener).toBeFocused();
  expect(await v.state()).toMatchObject({ decided: true, method: 'reject-all' });
});

test('switches a category with Space and saves with Enter', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.optIn);
  await tabTo(v.page, v.button(v.banner, 'Customize'));
  await v.page.keyboard.press('Enter');
  await expect(v.dialog).toBeVisible();

  await tabTo(v.page, v.switch('Analytics'));
  await v.page.keyboard.press('Space');
  await expect(v.switch('Analytics')).toBeChecked();
  await tabTo(v.page, v.button(v.dialog, 'Save choices'));
  await v.page.keyboard.press('Enter');

  await expect(v.dialog).toBeHidden();
  await expect.poll(() => v.ran()).toEqual({ analytics: 1, notMarketing: 1 });
  const state = await v.state();
  expect(state).toMatchObject({ decided: true, method: 'custom' });
  expect(granted(state)).toEqual(['analytics']);
});
