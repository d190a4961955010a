/** The languages the script tag ships texts for besides English, each in a file of its own (`dist/i18n/<lang>.js`). */
export const SHIPPED_LANGUAGES: readonly string[] = 'bg cs da de el es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv no sw ar he'.split(' ');

/** Tags that name a shipped language another way: Bokmål and Nynorsk read the Norwegian texts. */
const ALIASES: Record<string, string> = { nb: 'no', nn: 'no' };

/** The language the UI speaks, and the shipped texts it needs. */
export interface PickedLanguage {
  /** The tag whose texts apply, lowercase: `de`, or `pt-br` when the config has texts for it. */
  lang: string;
  /** The shipped language file to load; `null` for English, which the UI carries, or none shipped. */
  pack: string | null;
}

/**
 * Picks the language to show: the first wanted tag (config or `data-lang`, `<html lang>`, then the
 * browser's languages) that the config has texts for, or whose base language is `shipped` (the
 * script tag's files; npm builds ship none, their languages come in `texts`), else English. Tags
 * compare case-insensitively (BCP 47) and a regional one falls back to its base (`pt-BR` → `pt`),
 * so a tenant's texts for a language not shipped work too.
 */
export function pickLanguage(
  wanted: ReadonlyArray<string | null | undefined>,
  configured: readonly string[],
  shipped: readonly string[],
): PickedLanguage {
  const own = configured.map((tag) => tag.toLowerCase());
  for (const tag of wanted) {
    if (!tag) continue;
    const full = tag.toLowerCase();
    const primary = full.split('-')[0];
    const base = ALIASES[primary] ?? primary;
    for (const lang of [full, primary, base]) {
      const pack = shipped.includes(base) ? base : null;
      if (own.includes(lang) || (lang === base && pack) || lang === 'en') return { lang, pack };
    }
  }
  return { lang: 'en', pack: null };
}
