import { EN } from '../i18n/en';
import type { CategoryConfig, ConsentConfig, OptionalCategoryId, Texts } from '../types';
import { mergeConfig } from './merge-config';

/** Texts for one language, with its direction. */
export interface ResolvedTexts {
  texts: Texts;
  lang: string;
  dir: 'ltr' | 'rtl';
}

const RTL = ['ar', 'he', 'fa', 'ur'];

/**
 * The texts of language `lang` (as `pickLanguage` chose it): English, under the shipped `pack` for
 * it, under the config's texts for its base language and then for the tag itself (so `pt-br`
 * overrides `pt`), under the per-category label overrides. Every key exists.
 */
export function resolveTexts(
  lang: string,
  pack: Partial<Texts> | undefined,
  config: Pick<ConsentConfig, 'texts'>,
  categoryConfig: Partial<Record<OptionalCategoryId, CategoryConfig>>,
): ResolvedTexts {
  // Language tags are case-insensitive (BCP 47): `pt-BR` in config matches `pt-br`.
  const configured: Record<string, Partial<Texts>> = Object.fromEntries(Object.entries(config.texts ?? {}).map(([tag, texts]) => [tag.toLowerCase(), texts]));
  const base = lang.split('-')[0];
  let texts = mergeConfig(EN, pack ?? {});
  texts = mergeConfig(texts, mergeConfig(configured[base] ?? {}, base === lang ? {} : (configured[lang] ?? {})));
  for (const [id, entry] of Object.entries(categoryConfig)) {
    const current = texts.categories[id as OptionalCategoryId]!;
    texts = mergeConfig(texts, { categories: { [id]: { label: entry.label ?? current.label, description: entry.description ?? current.description } } });
  }
  return { texts, lang, dir: RTL.includes(base) ? 'rtl' : 'ltr' };
}
