/**
 * The language tags a visitor may want, first choice first: the config's (or `data-lang`), the
 * page's `<html lang>`, then the browser's preferences.
 */
export function wantedLanguages(configured: string | undefined): Array<string | undefined> {
  return [configured, document.documentElement.lang, ...(navigator.languages?.length ? navigator.languages : [navigator.language])];
}
