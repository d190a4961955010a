import { contrastRatio, MIN_CONTRAST, readableOn, type Rgb } from '../policy/contrast';
import type { Reporter } from '../policy/reporter';
import type { Theme } from '../types';
import { parseColor } from './parse-color';

/** Colors the UI sets besides the tenant's own, so that every text reads. */
export interface ThemeColors {
  text?: string;
  background?: string;
  /** Text on `primary`: the buttons' labels. */
  onPrimary?: string;
}

/** The defaults' text and background colors, light and dark (ui/styles.ts). */
const DEFAULT_TEXTS: Rgb[] = [
  [0x1c, 0x1e, 0x24],
  [0xec, 0xee, 0xf3],
];
const DEFAULT_BACKGROUNDS: Rgb[] = [
  [0xff, 0xff, 0xff],
  [0x1c, 0x1e, 0x24],
];

/**
 * Keeps the tenant's text on its background, and the buttons' labels on its primary, at 4.5:1 or
 * more, whatever colors it picks (WCAG 2.2 1.4.3). A background without a text gets the black or
 * white that reads on it; a text without a background gets, of the two default backgrounds, the
 * one it reads on best; a text that still does not read is replaced by black or white, and
 * reported. Labels on the primary are black or white. Focus rings use the text color, so they
 * stay visible too.
 */
export function themeColors(theme: Theme, report: Reporter): ThemeColors {
  const text = theme.text ? parseColor(theme.text) : null;
  const primary = theme.primary ? parseColor(theme.primary) : null;
  const colors: ThemeColors = { onPrimary: primary ? readableOn(primary) : undefined };
  let background = theme.background ? parseColor(theme.background) : null;
  if (text && !background) {
    background = contrastRatio(text, DEFAULT_BACKGROUNDS[0]) >= contrastRatio(text, DEFAULT_BACKGROUNDS[1]) ? DEFAULT_BACKGROUNDS[0] : DEFAULT_BACKGROUNDS[1];
    colors.background = `rgb(${background.join(',')})`;
  }
  if (!background) return colors;
  if (text && contrastRatio(text, background) < MIN_CONTRAST) {
    colors.text = readableOn(background);
    report.warn('theme.text', `reads at ${contrastRatio(text, background).toFixed(2)}:1 on its background; using ${colors.text} (4.5:1 needed)`);
  } else if (!text && DEFAULT_TEXTS.some((fallback) => contrastRatio(fallback, background!) < MIN_CONTRAST)) {
    colors.text = readableOn(background);
  }
  return colors;
}
