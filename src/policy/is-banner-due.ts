import type { ConsentState } from '../types';

/**
 * True when the first layer should open on its own: no valid choice is stored and the site has
 * categories to ask about. In opt-out mode a GPC opt-out already answers the notice, so the
 * signal never causes a pop-up (CA Cal. Code Regs. tit. 11 § 7025(f)).
 */
export function isBannerDue(state: ConsentState, mode: 'opt-in' | 'opt-out', hasCategories: boolean): boolean {
  if (state.decided || !hasCategories) return false;
  return mode === 'opt-in' || !(state.gpc || state.method === 'gpc');
}
