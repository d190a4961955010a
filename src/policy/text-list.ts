import { EN } from '../i18n/en';
import type { CategoryId, Texts } from '../types';

type TextPath = [key: keyof Texts] | [key: 'categories', id: CategoryId, field: 'label' | 'description'];

/** Every text's key path, in the order of the English texts; each category's label and description at `categories`. */
const textPaths = (): TextPath[] =>
  Object.entries(EN).flatMap(([key, value]): TextPath[] =>
    typeof value === 'string'
      ? [[key as keyof Texts]]
      : Object.keys(value).flatMap((id): TextPath[] => [
          ['categories', id as CategoryId, 'label'],
          ['categories', id as CategoryId, 'description'],
        ]),
  );

/**
 * A language's texts as a bare list in a fixed order, the form of the script tag's language
 * files: without the keys, which every file would repeat, each file is about 280 bytes smaller.
 */
export function toTextList(texts: Texts): string[] {
  return textPaths().map((path) => (path.length === 1 ? (texts[path[0]] as string) : texts.categories[path[1]]![path[2]]));
}

/** The texts of a list that `toTextList` made; throws if it is not one. */
export function fromTextList(list: unknown): Texts {
  const paths = textPaths();
  if (!Array.isArray(list) || list.length !== paths.length || list.some((text) => typeof text !== 'string')) throw new Error('not a list of texts');
  const texts = { categories: {} } as Record<string, unknown> & { categories: Record<string, Record<string, string>> };
  paths.forEach((path, i) => {
    if (path.length === 1) texts[path[0]] = list[i];
    else (texts.categories[path[1]] ??= {})[path[2]] = list[i];
  });
  return texts as unknown as Texts;
}
