// The files the script tag fetches from its own folder, and the `Symbol.for` key under which
// each registers what it exports for the loader (src/embed.ts, src/embed-ui.ts, src/embed-gpp.ts, the language files of rollup.config.ts).

/** The UI: Preact, the components, styles and English texts. */
export const UI_FILE = 'consentry-ui.js';
export const UI_KEY = 'consentry.ui';

/** The GPP API, when `gpp` is on. */
export const GPP_FILE = 'consentry-gpp.js';
export const GPP_KEY = 'consentry.gpp';

/** A language's texts, `i18n/<lang>.js`, registered under `consentry.i18n.<lang>`. */
export const languageFile = (lang: string) => `i18n/${lang}.js`;
export const languageKey = (lang: string) => `consentry.i18n.${lang}`;
