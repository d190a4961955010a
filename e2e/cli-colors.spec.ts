// `consentry validate` runs where there is no CSS.supports, so it brings its own color check
// (src/cli/is-css-color.ts); a browser's answers must be its answers, for every color name and
// for rgb()/hsl() strings of the theme's shape: fixed ones, and 2,000 random ones per seed.
// Run one seed again: CLI_COLORS_SEED=<n> npx playwright test e2e/cli-colors.spec.ts
import { expect, test } from '@playwright/test';
import { CSS_COLOR_NAMES } from '../src/cli/css-color-names';
import { isCssColor } from '../src/cli/is-css-color';
import { mulberry32, runSeeds } from './seeded-random';

// The shapes the theme lets through to CSS.supports (src/ui/validate-ui-config.ts).
const SHAPE = /^(#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|(rgb|hsl)a?\([\d\s.,%/+-]+\))$|^[a-z]{3,20}$/i;

async function browserVerdicts(page: import('@playwright/test').Page, values: string[]) {
  return page.evaluate((list) => list.map((value) => CSS.supports('color', value)), values);
}

async function expectAgreement(page: import('@playwright/test').Page, values: string[]) {
  expect(values.filter((value) => !SHAPE.test(value))).toEqual([]);
  const browser = await browserVerdicts(page, values);
  const verdicts = values.map((value, i) => ({ value, browser: browser[i], cli: isCssColor(value) }));
  expect(verdicts.filter(({ browser, cli }) => browser !== cli)).toEqual([]);
  return browser;
}

test('the browser takes every color name consentry validate knows, in any case, and the CSS-wide keywords', async ({ page }) => {
  const names = [...CSS_COLOR_NAMES, ...CSS_COLOR_NAMES.map((name) => name.toUpperCase()), 'RebeccaPurple', 'inherit', 'initial', 'unset', 'revert'];
  expect((await expectAgreement(page, names)).every(Boolean)).toBe(true);
});

test('the browser refuses the words consentry validate refuses', async ({ page }) => {
  const words = ['notacolor', 'none', 'auto', 'default', 'color', 'grayish', 'darkgreyblue', 'webkitlink', 'url', 'expression', 'background', 'infobackgroundx'];
  await expectAgreement(page, words);
});

test('the browser and consentry validate agree on hex, rgb() and hsl() forms', async ({ page }) => {
  const forms = [
    '#fff', '#FFFF', '#0b6e4f', '#0b6e4f80',
    'rgb(1,2)', 'rgb(1,2,3)', 'rgb(1 2 3)', 'rgb(1-2-3)', 'rgb(1.5.5 1)', 'rgb(123)', 'rgb(1% 2 3)', 'rgb(1%,2,3)', 'rgb(1,2,3,)',
    'rgba(1,2,3)', 'rgb(1 2 3 / 50%)', 'rgb(1 2 3 /)', 'rgb(+1 +2 +3)', 'rgb(1.,2,3)', 'rgb(1 2, 3)', 'rgb(1,2,3/0.5)', 'rgb(1%2%3%)',
    'hsl(120,50%,40%)', 'hsl(120 50 40)', 'hsl(120,50,40)', 'hsl(120% 50% 40%)', 'hsla(120 50% 40% / 1)', 'HSL(1-2%-3%)', 'hsl(120,50%,40%,0.5)',
  ];
  await expectAgreement(page, forms);
});

const PIECES = ['1', '25', '255', '0.5', '.5', '-3', '+4', '10%', '1.', '%', ',', ', ', ' ', '  ', '/', ' / ', '+', '-', '.', '00'];
const SEEDS = runSeeds('CLI_COLORS_SEED');
for (const [i, seed] of SEEDS.entries()) {
  // A test's title is the same in every worker: the random seed is named, and logged, apart.
  const label = i === SEEDS.length - 1 ? 'this run’s random seed' : `seed ${seed}`;
  test(`the browser and consentry validate agree on 2,000 random rgb() and hsl() strings (${label})`, async ({ page }) => {
    console.log(`cli colors seed=${seed}`);
    const random = mulberry32(seed);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
    const values = Array.from({ length: 2000 }, () => {
      const inside = Array.from({ length: 1 + Math.floor(random() * 8) }, () => pick(PIECES)).join('');
      return `${pick(['rgb', 'rgba', 'hsl', 'hsla', 'RGB'])}(${inside})`;
    });
    const browser = await expectAgreement(page, values);
    // Both verdicts occur, or the strings test nothing.
    expect(new Set(browser).size).toBe(2);
  });
}
