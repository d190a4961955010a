import { atom } from 'nanostores';
import type { CategoryId, ConsentState } from '../types';

/** A state store for integration tests: `set` takes the granted categories and the GPC signal. */
export function testState(granted: CategoryId[] = [], o: { gpc?: boolean; decided?: boolean } = {}) {
  const make = (ids: CategoryId[], gpc = false, decided = o.decided ?? ids.length > 0): ConsentState => ({
    decided,
    categories: {
      essential: true,
      functional: ids.includes('functional'),
      analytics: ids.includes('analytics'),
      marketing: ids.includes('marketing'),
    },
    gpc,
    method: decided ? 'custom' : 'default',
    revision: '1',
    updatedAt: decided ? 1 : null,
    id: decided ? 'abcdefgh' : null,
  });
  const $state = atom(make(granted, o.gpc));
  return { $state, set: (ids: CategoryId[], gpc = false) => $state.set(make(ids, gpc, true)) };
}
