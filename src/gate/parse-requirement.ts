import type { CategoryId } from '../types';
import { isCategoryId } from '../policy/categories';

/** What a `data-consent` value asks for: `"analytics marketing"`, `"!marketing"`. */
export interface Requirement {
  /** Every one must be granted. */
  granted: CategoryId[];
  /** Every one must be denied (`!id`). */
  denied: CategoryId[];
  /** Ids that are no category: the element never activates (docs/gating.md). */
  unknown: string[];
}

/** Parses a `data-consent` attribute value. */
export function parseRequirement(value: string): Requirement {
  const req: Requirement = { granted: [], denied: [], unknown: [] };
  for (const token of value.trim().split(/\s+/)) {
    const id = token.replace(/^!/, '');
    if (!isCategoryId(id)) req.unknown.push(token);
    else (token[0] === '!' ? req.denied : req.granted).push(id);
  }
  if (!value.trim()) req.unknown.push('(empty)');
  return req;
}

/** True when an element with this requirement may run under `categories`. */
export function isSatisfied(req: Requirement, categories: Record<CategoryId, boolean>): boolean {
  return !req.unknown.length && req.granted.every((id) => categories[id]) && req.denied.every((id) => !categories[id]);
}
