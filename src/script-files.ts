// The files the script tag fetches from its own folder, and the `Symbol.for` key under which
// each registers what it exports for the file that fetched it: the loader (src/embed.ts) fetches
// the UI (src/embed-ui.ts) and GPP (src/embed-gpp.ts) files, the UI file the language files
// (rollup.config.ts).

/** The UI: Preact, the components, styles and English texts. */
export const UI_FILE = 'consentry-ui.js';
export const UI_KEY = 'consentry.ui';

/** The GPP API, when `gpp` is on. */
export const GPP_FILE = 'consentry-gpp.js';
export const GPP_KEY = 'consentry.gpp';

/** A language's texts, `i18n/<lang>.js`, registered under `consentry.i18n.<lang>`. */
export const languageFile = (lang: string) => `i18n/${lang}.js`;
export const languageKey = (lang: string) => `consentry.i18n.${lang}`;
