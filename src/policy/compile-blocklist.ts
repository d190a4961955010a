import type { ServiceDefinition } from '../services/service-definition';
import type { CategoryId } from '../types';
import { toMatcher } from './to-matcher';

/** Finds the category an untagged script or iframe URL needs, or `null` when it is not listed. */
export type BlocklistMatcher = (url: string) => CategoryId | null;

/**
 * Compiles `blocklist` patterns and the services' URL patterns into one matcher; the first
 * listed category that matches wins. `null` when nothing is listed, so no interception is set up.
 */
export function compileBlocklist(
  blocklist: Partial<Record<CategoryId, string[]>> | undefined,
  services: readonly ServiceDefinition[],
): BlocklistMatcher | null {
  const rules: Array<[CategoryId, (url: string) => boolean]> = [];
  for (const [category, patterns] of Object.entries(blocklist ?? {})) {
    for (const pattern of patterns ?? []) rules.push([category as CategoryId, toMatcher(pattern)]);
  }
  for (const service of services) for (const pattern of service.patterns) rules.push([service.category, toMatcher(pattern)]);
  if (!rules.length) return null;
  return (url) => rules.find(([, test]) => test(url))?.[0] ?? null;
}
