import { CATEGORY_IDS } from '../policy/categories';
import { mergeConfig } from '../policy/merge-config';
import type { Reporter } from '../policy/reporter';
import { anyText, fail, LANGUAGE_TAG, oneOf, record, shape, text, url, type Validator } from '../policy/validators';
import { EN } from '../i18n/en';
import type { Texts, Theme } from '../types';
import type { UiConfig, UiConfigSource } from '../ui-module';

const COLOR = /^(#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|(rgb|hsl)a?\([\d\s.,%/+-]+\))$/i;
const LENGTH = /^(0|\d{1,4}(\.\d+)?(px|rem|em|%))$/;
const FONT = /^[\w\s,'"-]{1,120}$/;

const textFields = Object.fromEntries(Object.keys(EN).map((key) => [key, anyText])) as Record<keyof Texts, Validator<never>>;
const texts = shape<Partial<Texts>>({
  ...textFields,
  categories: record(oneOf(...CATEGORY_IDS), shape({ label: anyText, description: anyText })) as Validator<Texts['categories']>,
});

/** Whether the browser takes `value`, already of a safe shape, as a color. */
export type IsColor = (value: string) => boolean;

// Names are known only to the browser, which also says which hex, rgb() and hsl() shapes are
// colors (it would ignore `rgb(1,2)`); without one, the shapes alone. `consentry validate` passes
// its own check, with the names, so that it agrees with the browser (cli/is-css-color.ts).
const supportsColor: IsColor = (value) => {
  const supports = globalThis.CSS?.supports?.bind(globalThis.CSS);
  return supports ? supports('color', value) : COLOR.test(value);
};

// Only the shapes of hex, rgb(), hsl() and names, which cannot break out of a declaration.
const uiConfig = (isColor: IsColor) => {
  const color: Validator<string> = (value, path, report) =>
    typeof value === 'string' && (COLOR.test(value) || /^[a-z]{3,20}$/i.test(value)) && isColor(value)
      ? value
      : fail(report, path, 'a CSS color', value);
  return shape<UiConfig>({
    texts: record(text(LANGUAGE_TAG, 'a language tag'), texts),
    links: shape({ privacyPolicy: url(), cookiePolicy: url(), doNotSell: url() }),
    // Only values that cannot break out of a CSS declaration (docs/configuration.md, Theme).
    theme: shape<Theme>({
      primary: color,
      background: color,
      text: color,
      radius: text(LENGTH, 'a CSS length like 8px'),
      font: text(FONT, 'a font family list'),
      position: oneOf('bottom', 'bottom-left', 'bottom-right', 'center'),
      colorScheme: oneOf('light', 'dark', 'auto'),
      logoUrl: url(['http', 'https']),
      logoAlt: anyText,
    }),
  });
};

/**
 * Checks the texts, theme and links of each source at its full path (as `validateConfig` does
 * for the rest, when the loader starts) and merges the valid parts, the tenant's over the top
 * level. The UI file does this because only the UI uses them: a returning visitor who sees no
 * UI does not pay for checking them. `isColor` defaults to the browser's `CSS.supports`.
 */
export function validateUiConfig(sources: UiConfigSource[], report: Reporter, isColor = supportsColor): UiConfig {
  const check = uiConfig(isColor);
  return sources.reduce<UiConfig>(
    (merged, { path, config: { texts, theme, links } }) => mergeConfig(merged, check({ texts, theme, links }, path, report) ?? {}),
    {},
  );
}
