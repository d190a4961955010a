// Accessibility (docs/accessibility.md; WCAG 2.2 AA): axe-core finds nothing in any state, in
// light and dark, left to right and right to left; any tenant colors keep every text at 4.5:1;
// focus rings show on every control; nothing moves under reduced motion.
import AxeBuilder from '@axe-core/playwright';
import { contrastRatio, type Rgb } from '../src/policy/contrast';
import { expect, test, type Visitor } from './helpers';
import { mulberry32, runSeeds } from './seeded-random';

const PAGE = '/demo/fixtures/a11y.html';

/** axe-core's violations inside the Consentry UI and placeholders, as readable lines. */
async function violations(v: Visitor): Promise<string[]> {
  const results = await new AxeBuilder({ page: v.page }).include('consentry-ui').include('consentry-placeholder').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} ${node.failureSummary?.split('\n')[1] ?? ''}`));
}

for (const scheme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'ar'] as const) {
    const query = `?scheme=${scheme}&lang=${lang}`;
    test(`finds no violation in the banner, the preference center and the placeholder (${scheme}, ${lang})`, async ({ visitor }) => {
      const v = await visitor();
      await v.goto(PAGE + query);
      await expect(v.page.locator('consentry-ui section')).toBeVisible();
      await expect(v.page.locator('consentry-placeholder')).toHaveCount(1);
      expect(await violations(v), 'banner and placeholder').toEqual([]);
      await v.page.locator('consentry-ui').getByRole('button').nth(2).click();
      await expect(v.page.getByRole('dialog')).toBeVisible();
      expect(await violations(v), 'preference center').toEqual([]);
    });

    test(`finds no violation in the GPC status and the conflict explanation (${scheme}, ${lang})`, async ({ visitor }) => {
      const v = await visitor({ gpc: true });
      await v.goto(`${PAGE}${query}&override=1`);
      await expect(v.page.getByRole('status')).toHaveCount(1);
      expect(await violations(v), 'banner with the GPC status').toEqual([]);
      await v.page.locator('consentry-ui').getByRole('button').nth(2).click();
      await v.page.getByRole('dialog').getByRole('switch').last().click();
      await expect(v.page.getByRole('alert')).toBeVisible();
      expect(await violations(v), 'conflict explanation').toEqual([]);
    });

    test(`finds no violation in the opt-out notice (${scheme}, ${lang})`, async ({ visitor }) => {
      const v = await visitor();
      await v.goto(`${PAGE}${query}&mode=opt-out`);
      await expect(v.page.locator('consentry-ui section')).toBeVisible();
      expect(await violations(v)).toEqual([]);
    });
  }
}

/** An `rgb()`/`rgba()` computed color as sRGB bytes (opaque: every color here is). */
const bytes = (color: string): Rgb => {
  const [r, g, b] = color.match(/[\d.]+/g)!.map(Number);
  return [r, g, b];
};

/** Every text of the open layers with the color under it, and each focus ring with the box under it. */
async function colorPairs(v: Visitor): Promise<Array<{ what: string; color: string; on: string }>> {
  return v.page.evaluate(() => {
    const pairs: Array<{ what: string; color: string; on: string }> = [];
    const roots = [...document.querySelectorAll('consentry-ui, consentry-placeholder')].map((host) => host.shadowRoot!);
    for (const root of roots) {
      for (const el of root.querySelectorAll<HTMLElement>('h2, p, label, a, .btn, .x, strong')) {
        let under: Element | null = el;
        while (under && getComputedStyle(under).backgroundColor === 'rgba(0, 0, 0, 0)') under = under.parentElement;
        if (under) pairs.push({ what: `${el.tagName.toLowerCase()}.${el.className} "${el.textContent!.slice(0, 20)}"`, color: getComputedStyle(el).color, on: getComputedStyle(under).backgroundColor });
      }
      // The focus ring is drawn outside a control, on its box: it uses the text color.
      for (const box of root.querySelectorAll<HTMLElement>('.box')) pairs.push({ what: `focus ring on ${box.className}`, color: getComputedStyle(box).color, on: getComputedStyle(box).backgroundColor });
    }
    return pairs;
  });
}

const hex = (random: () => number) => '#' + Math.floor(random() * 0x1000000).toString(16).padStart(6, '0');
const TRIPLES_PER_SEED = 15;

// Random tenant colors, fixed seeds and one random seed per run (CONTRAST_SEED=<n> replays it):
// whatever a tenant picks, every text and its background keep 4.5:1 in the real UI.
const SEEDS = runSeeds('CONTRAST_SEED');
for (const [i, seed] of SEEDS.entries()) {
  const label = i === SEEDS.length - 1 ? 'this run’s random seed' : `seed ${seed}`;
  test(`keeps every text at 4.5:1 for ${TRIPLES_PER_SEED} random tenant color triples (${label})`, async ({ visitor }) => {
    test.setTimeout(120_000);
    console.log(`contrast seed=${seed}`);
    const random = mulberry32(seed);
    const v = await visitor({ gpc: true });
    const failures: string[] = [];
    for (let i = 0; i < TRIPLES_PER_SEED; i++) {
      const [primary, background, text] = [hex(random), hex(random), hex(random)];
      await v.goto(`${PAGE}?override=1&primary=${encodeURIComponent(primary)}&background=${encodeURIComponent(background)}&text=${encodeURIComponent(text)}`);
      await expect(v.page.locator('consentry-ui section')).toBeVisible();
      await v.page.locator('consentry-ui').getByRole('button').nth(2).click();
      await v.page.getByRole('dialog').getByRole('switch').last().click();
      await expect(v.page.getByRole('alert')).toBeVisible();
      for (const { what, color, on } of await colorPairs(v)) {
        const ratio = contrastRatio(bytes(color), bytes(on));
        if (ratio < 4.5) failures.push(`${primary} ${background} ${text}: ${what} ${color} on ${on} = ${ratio.toFixed(2)}:1`);
      }
    }
    expect(failures, `seed ${seed}`).toEqual([]);
  });
}

test('shows a focus ring on every control, in the text color, by keyboard', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(`${PAGE}?background=${encodeURIComponent('#102040')}&primary=${encodeURIComponent('#ffd400')}`);
  await v.page.locator('consentry-ui').getByRole('button').nth(2).click();
  await expect(v.page.getByRole('dialog')).toBeVisible();
  const rings: string[] = [];
  for (let i = 0; i < 12; i++) {
    await v.page.keyboard.press('Tab');
    rings.push(
      await v.page.evaluate(() => {
        const el = document.querySelector('consentry-ui')!.shadowRoot!.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        const box = getComputedStyle(el.closest('.box')!);
        return `${el.tagName} ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor === box.color ? 'text color' : style.outlineColor}`;
      }),
    );
  }
  expect(new Set(rings.map((ring) => ring.replace(/^\w+ /, '')))).toEqual(new Set(['solid 3px text color']));
  // Through every kind of control of the dialog: close, switches, links, buttons.
  expect(new Set(rings.map((ring) => ring.split(' ')[0]))).toEqual(new Set(['BUTTON', 'INPUT', 'A']));
});

test('moves nothing under reduced motion', async ({ visitor }) => {
  const v = await visitor();
  const knob = () => v.page.getByRole('dialog').getByRole('switch').last().evaluate((el) => getComputedStyle(el, '::before').transitionDuration);
  await v.goto(PAGE);
  await v.page.locator('consentry-ui').getByRole('button').nth(2).click();
  expect(await knob()).toBe('0.15s');
  await v.page.emulateMedia({ reducedMotion: 'reduce' });
  await expect.poll(knob).toBe('0s');
});
