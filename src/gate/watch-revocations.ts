import type { ReadableAtom } from 'nanostores';
import { OPTIONAL_CATEGORY_IDS } from '../policy/categories';
import type { ConsentState, OptionalCategoryId } from '../types';

/**
 * Calls `onRevoke` with the categories that go from granted to denied on each state change,
 * so their cookies can be deleted (docs/gating.md, Clean-up on revoke). Returns the unsubscribe.
 */
export function watchRevocations($state: ReadableAtom<ConsentState>, onRevoke: (ids: OptionalCategoryId[]) => void): () => void {
  let previous = $state.get().categories;
  return $state.listen(({ categories }) => {
    const revoked = OPTIONAL_CATEGORY_IDS.filter((id) => previous[id] && !categories[id]);
    previous = categories;
    if (revoked.length) onRevoke(revoked);
  });
}
