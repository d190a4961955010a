import { contrastRatio, MIN_CONTRAST, readableOn } from '../policy/contrast';
import type { Reporter } from '../policy/reporter';
import type { Theme } from '../types';
import { DEFAULT_COLORS } from './default-colors';
import { parseColor } from './parse-color';

/** Colors the UI sets besides the tenant's own, so that every text reads. */
export interface ThemeColors {
  text?: string;
  background?: string;
  /** Text on `primary`: the buttons' labels. */
  onPrimary?: string;
}

/**
 * Keeps the tenant's text on its background, and the buttons' labels on its primary, at 4.5:1 or
 * more, whatever colors it picks (WCAG 2.2 1.4.3). A background without a text keeps the scheme's
 * default text where that reads on it (both schemes' with `auto`), else gets black or white; a
 * text without a background gets, of the two default backgrounds, the one it reads on best; a
 * text that still does not read is replaced by black or white, and reported. Labels on the
 * primary are black or white. Focus rings use the text color, so they stay visible too.
 */
export function themeColors(theme: Theme, report: Reporter): ThemeColors {
  const parse = (color: string | undefined) => (color ? parseColor(color) : null);
  const text = parse(theme.text);
  const primary = parse(theme.primary);
  const colors: ThemeColors = { onPrimary: primary ? readableOn(primary) : undefined };
  let background = parse(theme.background);
  if (text && !background) {
    const { light, dark } = DEFAULT_COLORS;
    colors.background = contrastRatio(text, parse(light.background)!) >= contrastRatio(text, parse(dark.background)!) ? light.background : dark.background;
    background = parse(colors.background)!;
  }
  if (!background) return colors;
  const schemes = theme.colorScheme === 'auto' ? (['light', 'dark'] as const) : [theme.colorScheme ?? 'light'];
  if (text && contrastRatio(text, background) < MIN_CONTRAST) {
    colors.text = readableOn(background);
    report.warn('theme.text', `reads at ${contrastRatio(text, background).toFixed(2)}:1 on its background; using ${colors.text} (4.5:1 needed)`);
  } else if (!text && schemes.some((scheme) => contrastRatio(parse(DEFAULT_COLORS[scheme].text)!, background!) < MIN_CONTRAST)) {
    colors.text = readableOn(background);
  }
  return colors;
}
