import { describe, expect, it } from 'vitest';
import type { ConsentMethod, ConsentState } from '../types';
import { isBannerDue } from './is-banner-due';

function state(decided: boolean, gpc: boolean, method: ConsentMethod): ConsentState {
  return {
    decided,
    categories: { essential: true, functional: false, analytics: false, marketing: false },
    gpc,
    method,
    revision: '1',
    updatedAt: null,
    id: null,
  };
}

describe('isBannerDue', () => {
  it.each<['opt-in' | 'opt-out', boolean, boolean, ConsentMethod, boolean, boolean]>([
    // mode, decided, gpc, method, has categories, due
    ['opt-in', false, false, 'default', true, true],
    ['opt-in', true, false, 'accept-all', true, false],
    ['opt-in', true, true, 'reject-all', true, false],
    // In opt-in mode the banner opens as usual under GPC and says the signal was honoured.
    ['opt-in', false, true, 'gpc', true, true],
    ['opt-in', false, false, 'gpc', true, true],
    ['opt-out', false, false, 'default', true, true],
    ['opt-out', true, false, 'custom', true, false],
    // No pop-up in response to the signal (CA Cal. Code Regs. tit. 11 § 7025(f)).
    ['opt-out', false, true, 'gpc', true, false],
    ['opt-out', false, true, 'default', true, false],
    // A stored GPC opt-out answers the notice on later visits without the signal.
    ['opt-out', false, false, 'gpc', true, false],
    // A site with only essential asks nothing.
    ['opt-in', false, false, 'default', false, false],
    ['opt-out', false, false, 'default', false, false],
  ])('%s, decided %s, gpc %s, method %s, categories %s → due %s', (mode, decided, gpc, method, hasCategories, due) => {
    expect(isBannerDue(state(decided, gpc, method), mode, hasCategories)).toBe(due);
  });
});
