import type { CategoryId, OptionalCategoryId } from '../types';

/** Every category id, in the order the UI lists them. */
export const CATEGORY_IDS: readonly CategoryId[] = ['essential', 'functional', 'analytics', 'marketing'];

/** The categories a person can switch off. */
export const OPTIONAL_CATEGORY_IDS: readonly OptionalCategoryId[] = ['functional', 'analytics', 'marketing'];

/** True for one of the four category ids. */
export function isCategoryId(value: unknown): value is CategoryId {
  return CATEGORY_IDS.includes(value as CategoryId);
}
