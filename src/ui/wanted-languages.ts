/**
 * The language tags a visitor may want, first choice first: the config's (or `data-lang`), the
 * page's `<html lang>`, then the browser's preferences.
 */
export function wantedLanguages(configured: string | undefined, doc = document, nav = navigator): Array<string | undefined> {
  return [configured, doc.documentElement.lang, ...(nav.languages?.length ? nav.languages : [nav.language])];
}
