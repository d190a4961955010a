import { describe, expect, it } from 'vitest';
import { CSS_COLOR_NAMES } from './css-color-names';
import { isCssColor } from './is-css-color';

// Chromium's answers to CSS.supports('color', value); e2e/cli-colors.spec.ts asks a real one.
describe('isCssColor', () => {
  it.each([
    '#fff', '#FFFF', '#0b6e4f', '#0b6e4f80',
    'rgb(1,2,3)', 'rgb(1 2 3)', 'RGB(1,2,3)', 'rgba(1,2,3)', 'rgb(1,2,3,.5)', 'rgb(1,2,3,50%)', 'rgb(1%,2%,3%,0.5)',
    'rgb(1 2 3 / 50%)', 'rgb(1 2 3/.5)', 'rgb( 1 2 3 )', 'rgb(1 ,2,3)', 'rgb(1% 2 3)', 'rgb(.5 .5 .5)', 'rgb(-1,-2,-3)', 'rgb(+1 +2 +3)',
    // Tokens need no space between them when a sign, a dot or a % ends one (CSS Syntax 3).
    'rgb(1-2-3)', 'rgb(1+2+3)', 'rgb(1%2%3%)', 'rgb(1.5.5.5)',
    'hsl(120,50%,40%)', 'hsl(120,50%,40%,0.5)', 'hsl(120 50% 40%)', 'hsl(120 50 40)', 'hsla(120 50% 40% / 1)', 'hsl(120 50%40%)', 'hsl(1-2%-3%)',
    'red', 'Red', 'REBECCAPURPLE', 'transparent', 'currentColor', 'Canvas', 'ButtonFace', 'threeddarkshadow',
    'inherit', 'initial', 'unset', 'revert',
  ])('takes %j', (value) => {
    expect(isCssColor(value)).toBe(true);
  });

  it.each([
    '#12345', '#ggg',
    'rgb(1,2)', 'rgb(123)', 'rgb()', 'rgb(,1,2,3)', 'rgb(1,2,3,)', 'rgb(1,2,3,4,5)', 'rgb(1 2 3 4)',
    'rgb(1%,2,3)', 'rgb(1,2,3%)', 'rgb(1,2 3)', 'rgb(1 2, 3)', 'rgb(1,2,3/0.5)', 'rgb(1 2 3 , 0.5)', 'rgb(1 2 3 /)', 'rgb(1//2 3)',
    'rgb(1.,2,3)', 'rgb(1. 2 3)',
    'hsl(120,50,40)', 'hsl(120,50,40%)', 'hsl(120% 50% 40%)',
    'notacolor', 'none', 'auto', 'url',
  ])('refuses %j', (value) => {
    expect(isCssColor(value)).toBe(false);
  });

  it('knows the 148 named colors of CSS Color 4, each once, and fits the theme\'s name shape', () => {
    expect(CSS_COLOR_NAMES.indexOf('transparent')).toBe(148);
    expect(new Set(CSS_COLOR_NAMES).size).toBe(CSS_COLOR_NAMES.length);
    expect(CSS_COLOR_NAMES.filter((name) => !/^[a-z]{3,20}$/.test(name))).toEqual([]);
  });
});
