import { EN } from '../i18n/en';
import type { CategoryConfig, ConsentConfig, OptionalCategoryId, Texts } from '../types';
import { mergeConfig } from './merge-config';

/** Texts for one language, with the language actually used and its direction. */
export interface ResolvedTexts {
  texts: Texts;
  lang: string;
  dir: 'ltr' | 'rtl';
}

const RTL = ['ar', 'he', 'fa', 'ur'];

/**
 * Picks the first wanted language that has texts (built in or from config), then layers the
 * config's texts for it and the per-category label overrides over English, so every key exists.
 */
export function resolveTexts(
  wanted: Array<string | null | undefined>,
  config: Pick<ConsentConfig, 'texts'>,
  categoryConfig: Partial<Record<OptionalCategoryId, CategoryConfig>>,
  builtIn: Record<string, Partial<Texts>> = { en: EN },
): ResolvedTexts {
  // Language tags are case-insensitive (BCP 47): `pt-BR` in config matches `pt-br` wanted.
  const configured: Record<string, Partial<Texts>> = Object.fromEntries(Object.entries(config.texts ?? {}).map(([tag, texts]) => [tag.toLowerCase(), texts]));
  const available = { ...builtIn, ...configured };
  const candidates = wanted.flatMap((tag) => (tag ? [tag.toLowerCase(), tag.toLowerCase().split('-')[0]] : []));
  const lang = candidates.find((tag) => available[tag]) ?? 'en';
  const base = lang.split('-')[0];
  let texts = mergeConfig(EN, { ...builtIn[base], ...builtIn[lang] });
  texts = mergeConfig(texts, mergeConfig(configured[base] ?? {}, configured[lang] ?? {}));
  for (const [id, entry] of Object.entries(categoryConfig)) {
    const current = texts.categories[id as OptionalCategoryId]!;
    texts = mergeConfig(texts, { categories: { [id]: { label: entry.label ?? current.label, description: entry.description ?? current.description } } });
  }
  return { texts, lang, dir: RTL.includes(base) ? 'rtl' : 'ltr' };
}
