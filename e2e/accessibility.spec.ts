// Accessibility (docs/accessibility.md; WCAG 2.2 AA): axe-core finds nothing in any state, in
// light and dark, left to right and right to left.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Visitor } from './helpers';

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
