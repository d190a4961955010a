import { resolveTexts } from '../policy/resolve-texts';
import type { CategoryId } from '../types';
import type { Ui, UiContext } from '../ui-module';
import { createPlaceholder } from './create-placeholder';
import { mountUi } from './mount-ui';
import { STYLES } from './styles';
import { themeColors } from './theme-colors';
import type { HostStyle } from './theme-host';
import type { UiSettings } from './ui-model';
import { validateUiConfig } from './validate-ui-config';

/**
 * Creates the UI of one instance: checks its texts, theme and links and resolves its texts
 * once, then renders the banner, the preference center and iframe placeholders on request, all
 * from one stylesheet.
 * @example createUi(context).mount(consent, document.body)
 */
export function createUi(context: UiContext): Ui {
  const { lang, pack, uiConfig, report, categoryConfig, ...rest } = context;
  const { texts: overrides, theme = {}, links = {} } = validateUiConfig(uiConfig, report);
  const settings: UiSettings = { ...rest, theme, links, ...resolveTexts(lang, pack, { texts: overrides }, categoryConfig) };
  const { texts } = settings;
  const label = (id: CategoryId) => texts.categories[id]?.label ?? id;
  let style: HostStyle | undefined;
  // Built on first use: a page may need only a placeholder, or nothing for a while.
  const styled = () => {
    if (style) return style;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
    return (style = { sheet, settings, colors: themeColors(theme, report) });
  };
  return {
    mount: (consent, target) => mountUi({ consent, style: styled(), target }),
    placeholder(frame, categories, onAllow) {
      const fill = (text: string) => text.replace('{category}', categories.map(label).join(', '));
      return createPlaceholder(frame, { message: fill(texts.blockedContent), button: fill(texts.allowCategory) }, styled(), onAllow);
    },
  };
}
