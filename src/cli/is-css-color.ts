import { CSS_COLOR_NAMES } from './css-color-names';

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const FUNCTION = /^(rgb|hsl)a?\(([^]*)\)$/i;
// CSS Syntax 3, "consume a numeric token": a sign, digits and a fraction with digits (an exponent
// cannot occur: the theme's color shapes have no letters in a function); anything else is a
// comma, a slash, whitespace or a token no color function takes.
const TOKEN = /\s+|[+-]?(\d+(\.\d+)?|\.\d+)(%?)|[^]/g;
// Over token kinds, n a number and p a percentage: CSS Color 4's legacy syntax (commas, all
// numbers or all percentages for rgb) and modern one (spaces, an alpha after `/`).
// https://www.w3.org/TR/css-color-4/#rgb-functions, #the-hsl-notation
const GRAMMAR: Record<string, RegExp> = {
  rgb: /^((n,){2}n|(p,){2}p)(,[np])?$|^[np]{3}(\/[np])?$/,
  hsl: /^n,p,p(,[np])?$|^n[np]{2}(\/[np])?$/,
};
// Every property takes the CSS-wide keywords, so `CSS.supports('color', …)` says yes to them too
// (https://www.w3.org/TR/css-cascade-4/#defaulting-keywords).
const CSS_WIDE_KEYWORDS = ['inherit', 'initial', 'unset', 'revert'];

/** A token's letter in GRAMMAR; whitespace only separates. */
function kindOf(token: string, number: string | undefined, _fraction: string | undefined, percent: string): string {
  if (number) return percent ? 'p' : 'n';
  if (token === ',' || token === '/') return token;
  return /\s/.test(token) ? '' : '?';
}

/**
 * Whether a browser's `CSS.supports('color', value)` is true, for the hex, `rgb()`, `hsl()` and
 * name shapes the theme accepts; `consentry validate` uses it where Node has no `CSS`.
 */
export function isCssColor(value: string): boolean {
  const call = FUNCTION.exec(value);
  if (call) {
    const kinds = call[2].replace(TOKEN, kindOf);
    return GRAMMAR[call[1].toLowerCase()].test(kinds);
  }
  const name = value.toLowerCase();
  return HEX.test(value) || CSS_COLOR_NAMES.includes(name) || CSS_WIDE_KEYWORDS.includes(name);
}
