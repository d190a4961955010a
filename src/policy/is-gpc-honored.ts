import type { CategoryId, ConsentState } from '../types';

/**
 * True when the passive "Opt-Out Request Honored" status belongs on screen (CA Cal. Code Regs.
 * tit. 11 § 7025(c)(6)): a category GPC opts out of is denied because of the signal now, or
 * because of a stored GPC opt-out, which outlives the signal (§ 7025(c)(5); Colorado Rule 5.09).
 */
export function isGpcHonored(state: ConsentState, gpcOptOut: readonly CategoryId[], storedGpcOptOut: readonly CategoryId[]): boolean {
  return gpcOptOut.some((id) => !state.categories[id] && (state.gpc || storedGpcOptOut.includes(id)));
}
