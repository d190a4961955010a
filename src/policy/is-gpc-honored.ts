import type { CategoryId, ConsentState } from '../types';

/**
 * True when the passive "Opt-Out Request Honored" status belongs on screen (contract §5): a
 * category GPC opts out of is denied because of the signal now, or because of a stored GPC
 * opt-out, which outlives the signal (rules 8).
 */
export function isGpcHonored(state: ConsentState, gpcOptOut: readonly CategoryId[], storedGpcOptOut: readonly CategoryId[]): boolean {
  return gpcOptOut.some((id) => !state.categories[id] && (state.gpc || storedGpcOptOut.includes(id)));
}
