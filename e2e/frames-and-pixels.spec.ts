// Gated iframes and pixels (docs/gating.md, Iframes and pixels). A held iframe shows a
// placeholder in its own box that names the category and has an `Allow <category label>` button
// (docs/accessibility.md); the button grants that category and the frame loads where the
// placeholder was, with no layout shift. Gated pixels are never requested before consent.
// Fixture: demo/fixtures/gating/frames-and-pixels.html.
import type { Locator, Page } from '@playwright/test';
import { expect, test, type Visitor } from './helpers';
import { GATE_HOST, GATING_FIXTURE, clickAfterScroll, decide, effects, expectTally, gatedVisitor, quiet, requestedNames, times } from './gating-helpers';

const placeholderOf = (page: Page, frameId: string): Locator => page.locator(`consentry-placeholder:has(+ #${frameId})`);

type Box = { x: number; y: number; width: number; height: number };
/** The element's box in document coordinates, so that scrolling to click a button does not count as a shift. */
async function box(locator: Locator, what: string): Promise<Box> {
  const found = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.width || r.height ? { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height } : null;
  });
  expect(found, `${what} has a layout box`).not.toBeNull();
  return found as Box;
}

function expectSameBox(actual: Box, expected: Box, what: string): void {
  for (const key of ['x', 'y', 'width', 'height'] as const) {
    expect(Math.abs(actual[key] - expected[key]), `${what}: ${key} ${actual[key]} vs ${expected[key]}`).toBeLessThanOrEqual(0.5);
  }
}

/** Pixels: requests so far and load events on this page load. */
async function pixels(v: Visitor, names: string[]): Promise<Record<string, { requested: number; loaded: number }>> {
  const { loads } = await effects(v.page);
  const requested = requestedNames(v);
  return Object.fromEntries(names.map((n) => [n, { requested: requested.filter((r) => r === n).length, loaded: loads[n] ?? 0 }]));
}

test('shows an accessible placeholder naming the category in each held iframe’s box, and requests nothing', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  await v.goto(GATING_FIXTURE.frames);
  await quiet(v.page, 300);
  expect(v.trackerRequests(), 'no frame or pixel requested before consent').toEqual([]);

  const marketing = placeholderOf(v.page, 'mk-frame');
  await expect(marketing).toHaveCount(1);
  expect(await marketing.evaluate((el) => el.shadowRoot?.mode), 'an open shadow root').toBe('open');
  await expect(marketing.getByRole('button', { name: 'Allow Limited marketing', exact: true })).toBeVisible();
  await expect(marketing, 'the message names the category').toContainText('Limited marketing');
  await expect(placeholderOf(v.page, 'an-frame').getByRole('button', { name: 'Allow Analytics', exact: true })).toBeVisible();
  await expect(v.page.locator('#mk-frame'), 'the held frame itself is not shown').toBeHidden();

  // The placeholder takes the frame's box: its width and height attributes, or its CSS size.
  const mk = await box(marketing, 'marketing placeholder');
  expect([mk.width, mk.height]).toEqual([560, 315]);
  const an = await box(placeholderOf(v.page, 'an-frame'), 'analytics placeholder');
  expect(an.height).toBe(240);
  const mainWidth = await v.page.locator('main').evaluate((el) => el.getBoundingClientRect().width);
  expect(an.width, 'width: 100% of its container').toBeCloseTo(mainWidth, 0);
  expect(await pixels(v, ['mk-px', 'an-px'])).toEqual({ 'mk-px': { requested: 0, loaded: 0 }, 'an-px': { requested: 0, loaded: 0 } });
});

test('Allow Limited marketing grants marketing only, loads the frame in the placeholder’s box without layout shift', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  await v.goto(GATING_FIXTURE.frames);
  const placeholder = placeholderOf(v.page, 'mk-frame');
  const before = await box(placeholder, 'marketing placeholder');
  const belowBefore = await box(v.page.locator('#below-mk'), 'text below the video');
  const anBefore = await box(placeholderOf(v.page, 'an-frame'), 'analytics placeholder');

  await clickAfterScroll(placeholder.getByRole('button', { name: 'Allow Limited marketing', exact: true }));
  const state = await v.state();
  expect(state.categories, 'only the placeholder’s category is granted').toMatchObject({ marketing: true, analytics: false, functional: false });
  expect(state.decided).toBe(true);

  await expectTally(v, { ...times(['mk-frame'], 1), ...times(['an-frame', 'both-frame'], 0) }, 'frames after Allow Limited marketing');
  await expect(placeholder).toHaveCount(0);
  await expect(v.page.locator('#mk-frame')).toBeVisible();
  expectSameBox(await box(v.page.locator('#mk-frame'), 'released marketing frame'), before, 'the frame takes the placeholder’s box');
  expectSameBox(await box(v.page.locator('#below-mk'), 'text below the video'), belowBefore, 'no layout shift below the frame');
  expectSameBox(await box(placeholderOf(v.page, 'an-frame'), 'analytics placeholder'), anBefore, 'the other placeholder stays put');
  await expect(placeholderOf(v.page, 'both-frame').getByRole('button', { name: /^Allow / })).toBeVisible();

  await expect.poll(() => pixels(v, ['mk-px', 'an-px'])).toEqual({ 'mk-px': { requested: 1, loaded: 1 }, 'an-px': { requested: 0, loaded: 0 } });
});

test('Allow Analytics works by keyboard and loads a CSS-sized frame without layout shift', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  await v.goto(GATING_FIXTURE.frames);
  const placeholder = placeholderOf(v.page, 'an-frame');
  const before = await box(placeholder, 'analytics placeholder');
  const belowBefore = await box(v.page.locator('#below-an'), 'text below the dashboard');

  await placeholder.getByRole('button', { name: 'Allow Analytics', exact: true }).focus();
  await v.page.keyboard.press('Enter');
  await expect.poll(async () => (await v.state()).categories).toMatchObject({ analytics: true, marketing: false });
  await expectTally(v, { ...times(['an-frame'], 1), ...times(['mk-frame', 'both-frame'], 0) }, 'frames after Allow Analytics');
  expectSameBox(await box(v.page.locator('#an-frame'), 'released analytics frame'), before, 'the frame takes the placeholder’s box');
  expectSameBox(await box(v.page.locator('#below-an'), 'text below the dashboard'), belowBefore, 'no layout shift below the frame');
  await expect.poll(() => pixels(v, ['mk-px', 'an-px'])).toEqual({ 'mk-px': { requested: 0, loaded: 0 }, 'an-px': { requested: 1, loaded: 1 } });
});

test('a frame needing two categories names both and loads only when both are granted', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  await v.goto(GATING_FIXTURE.frames);
  await decide(v.page, { save: { marketing: true } });
  await expectTally(v, { ...times(['mk-frame'], 1), ...times(['both-frame'], 0) }, 'marketing alone');
  const placeholder = placeholderOf(v.page, 'both-frame');
  const button = placeholder.getByRole('button', { name: /^Allow / });
  await expect(button).toHaveAccessibleName(/Analytics/);
  await expect(button).toHaveAccessibleName(/Limited marketing/);
  await clickAfterScroll(button);
  expect((await v.state()).categories).toMatchObject({ analytics: true, marketing: true });
  await expectTally(v, times(['mk-frame', 'an-frame', 'both-frame'], 1), 'both granted: every frame once');
});

test('holds iframes and pixels added after load the same way', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  await v.goto(GATING_FIXTURE.frames);
  await v.page.evaluate(
    ([ads, analytics]) => {
      const w = window as unknown as { addFrame(n: string, c: string, h: string): void; addPixel(n: string, c: string, h: string): void };
      w.addFrame('late-mk-frame', 'marketing', ads);
      w.addPixel('late-mk-px', 'marketing', ads);
      w.addPixel('late-an-px', 'analytics', analytics);
    },
    [GATE_HOST.ads, GATE_HOST.analytics],
  );
  const placeholder = placeholderOf(v.page, 'late-mk-frame');
  await expect(placeholder.getByRole('button', { name: 'Allow Limited marketing', exact: true })).toBeVisible();
  const before = await box(placeholder, 'placeholder of the added frame');
  expect([before.width, before.height]).toEqual([400, 225]);
  const belowBefore = await box(v.page.locator('#below-late-mk-frame'), 'text below the added frame');
  await quiet(v.page, 300);
  expect(v.trackerRequests(), 'nothing requested before consent').toEqual([]);

  await decide(v.page, { save: { analytics: true } });
  await expect.poll(() => pixels(v, ['late-an-px', 'late-mk-px'])).toEqual({
    'late-an-px': { requested: 1, loaded: 1 },
    'late-mk-px': { requested: 0, loaded: 0 },
  });
  await clickAfterScroll(placeholder.getByRole('button', { name: 'Allow Limited marketing', exact: true }));
  expect((await v.state()).categories, 'the button granted marketing').toMatchObject({ analytics: true, marketing: true });
  await expectTally(v, times(['late-mk-frame'], 1), 'the added frame after Allow Limited marketing');
  expectSameBox(await box(v.page.locator('#late-mk-frame'), 'released frame'), before, 'the added frame takes the placeholder’s box');
  expectSameBox(await box(v.page.locator('#below-late-mk-frame'), 'text below'), belowBefore, 'no layout shift below the added frame');
  await expect.poll(() => pixels(v, ['late-an-px', 'late-mk-px'])).toEqual({
    'late-an-px': { requested: 1, loaded: 1 },
    'late-mk-px': { requested: 1, loaded: 1 },
  });
});

test('an untagged blocklisted iframe added by a script shows the placeholder too', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  await v.page.route('**/demo/fixtures/gating/frames-and-pixels.html', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      '{ "revision": 1 }',
      '{ "revision": 1, "blocklist": { "marketing": ["adnet.tracker.test"] } }',
    );
    await route.fulfill({ response, body });
  });
  await v.goto(GATING_FIXTURE.frames);
  await v.page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.id = 'untagged-frame';
    frame.width = '320';
    frame.height = '180';
    frame.src = 'http://adnet.tracker.test/g/frame.html?name=untagged-frame';
    document.getElementById('slot')!.appendChild(frame);
  });
  await quiet(v.page);
  expect(requestedNames(v), 'not requested before consent').not.toContain('untagged-frame');
  await expect(placeholderOf(v.page, 'untagged-frame').getByRole('button', { name: 'Allow Limited marketing', exact: true })).toBeVisible();
  await clickAfterScroll(placeholderOf(v.page, 'untagged-frame').getByRole('button', { name: 'Allow Limited marketing', exact: true }));
  await expectTally(v, times(['untagged-frame'], 1), 'after Allow Limited marketing');
});

test('on a later page load with the category granted, frames and pixels in the HTML load at once', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  await v.goto(GATING_FIXTURE.frames);
  await decide(v.page, { save: { marketing: true } });
  await expectTally(v, times(['mk-frame'], 1), 'marketing granted on the first visit');

  // A returning visitor: the stored grant releases the frame while the HTML is being parsed.
  await v.reload();
  await expect(placeholderOf(v.page, 'mk-frame'), 'no placeholder for a granted category').toHaveCount(0);
  await expect(placeholderOf(v.page, 'an-frame')).toHaveCount(1);
  await expect
    .poll(async () => ({ frames: (await effects(v.page)).frames, src: await v.page.locator('#mk-frame').getAttribute('src') }), {
      message: 'the marketing frame loads on the second page load (requests so far: see the network log)',
    })
    .toEqual({ frames: { 'mk-frame': 1 }, src: expect.stringContaining('mk-frame') });
  await expect.poll(async () => (await effects(v.page)).loads, { message: 'the marketing pixel loads' }).toEqual({ 'mk-px': 1 });
});
