import type { ThemeColors } from './theme-colors';
import type { UiSettings } from './ui-model';

/** What every UI host of one instance is styled with. */
export interface HostStyle {
  /** The one stylesheet of the UI, shared by its hosts. */
  sheet: CSSStyleSheet;
  settings: UiSettings;
  /** What keeps every text readable on the tenant's colors (`themeColors`). */
  colors: ThemeColors;
}

const THEME_PROPS = ['primary', 'background', 'text', 'radius', 'font'] as const;

/**
 * Styles a UI host and its shadow root: an adopted sheet passes `style-src 'self'`, where a
 * <style> element would not (docs/script-tag.md, Content-Security-Policy), and the tenant's theme
 * becomes `--consentry-*` custom properties, written through CSSOM, which a strict CSP allows too.
 */
export function themeHost(host: HTMLElement, root: ShadowRoot, { sheet, settings, colors }: HostStyle): void {
  root.adoptedStyleSheets = [sheet];
  host.lang = settings.lang;
  host.dir = settings.dir;
  const { theme } = settings;
  for (const name of THEME_PROPS) {
    if (theme[name]) host.style.setProperty('--consentry-' + name, theme[name]!);
  }
  if (colors.text) host.style.setProperty('--consentry-text', colors.text);
  if (colors.background) host.style.setProperty('--consentry-background', colors.background);
  if (colors.onPrimary) host.style.setProperty('--consentry-on-primary', colors.onPrimary);
  host.dataset.position = theme.position ?? 'bottom';
  host.dataset.scheme = theme.colorScheme ?? 'light';
}
