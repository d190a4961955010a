import { pickLanguage } from '../policy/pick-language';
import { resolveTexts } from '../policy/resolve-texts';
import type { CategoryId, Texts } from '../types';
import type { Ui, UiContext } from '../ui-module';
import { createPlaceholder } from './create-placeholder';
import { mountUi } from './mount-ui';
import { STYLES } from './styles';
import { themeColors } from './theme-colors';
import type { HostStyle } from './theme-host';
import type { UiSettings } from './ui-model';
import { validateUiConfig } from './validate-ui-config';
import { wantedLanguages } from './wanted-languages';

/** Language files a UI can load before it draws: the script tag's `i18n/<lang>.js`. */
export interface LanguageFiles {
  /** The languages there are files for. */
  shipped: readonly string[];
  load(pack: string): PromiseLike<Partial<Texts>>;
}

/**
 * Creates the UI of one instance: checks its texts, theme and links, picks its language (loading
 * that language's file first where `files` has one; English, with a console error, if it cannot
 * load) and resolves its texts once, then renders the banner, the preference center and iframe
 * placeholders on request, all from one stylesheet.
 * @example (await createUi(context)).mount(consent, document.body)
 */
export function createUi(context: UiContext, files?: LanguageFiles): Ui | PromiseLike<Ui> {
  const { language, uiConfig, report, categoryConfig, ...rest } = context;
  const { texts: overrides, theme = {}, links = {} } = validateUiConfig(uiConfig, report);
  const create = (lang: string, pack?: Partial<Texts>): Ui => {
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
  };
  const { lang, pack } = pickLanguage(wantedLanguages(language), Object.keys(overrides ?? {}), files?.shipped ?? []);
  if (!pack || !files) return create(lang);
  return files.load(pack).then(
    (texts) => create(lang, texts),
    (error: unknown) => {
      report.error('language', `${error instanceof Error ? error.message : error}; showing English`);
      // All of it: a tenant's few texts for the language would read oddly among English ones.
      return create('en');
    },
  );
}
