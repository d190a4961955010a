// The script tag's UI file (dist/consentry-ui.js): fetched by consentry.js when something is to
// be shown, it registers the UI module where the loader looks for it. It carries the integrity
// hashes of the language files, which only a page that shows the UI fetches: a returning visitor
// does not pay for them.
import { loadSiblingFile } from './browser/load-script-file';
import { fromTextList } from './policy/text-list';
import { languageFile, languageKey, UI_KEY } from './script-files';
import { createUi, type LanguageFiles } from './ui/create-ui';
import type { UiModule } from './ui-module';

/** `sha256-…` of each dist/i18n/<lang>.js, written in by the build (rollup.config.ts). */
declare const __I18N_INTEGRITY__: Record<string, string>;

// Only readable while this file first runs; the loader gave it its own nonce.
const self = document.currentScript as HTMLScriptElement | null;

const files: LanguageFiles = {
  shipped: Object.keys(__I18N_INTEGRITY__),
  load: (pack) => loadSiblingFile(self, languageFile(pack), languageKey(pack), __I18N_INTEGRITY__[pack]).then(fromTextList),
};

const module: UiModule = { createUi: (context) => createUi(context, files) };

(window as unknown as Record<symbol, UiModule>)[Symbol.for(UI_KEY)] = module;
