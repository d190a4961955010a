import type { ReadableAtom } from 'nanostores';
import type { CategoryId, ConsentState } from '../types';
import { rethrowLater } from './rethrow-later';

/**
 * Runs `run` once, as soon as `category` is allowed: at once when it already is (a decision
 * stored on an earlier visit), else on the change that allows it. Returns the cancel.
 */
export function whenAllowed($state: ReadableAtom<ConsentState>, category: CategoryId, run: () => void): () => void {
  if ($state.get().categories[category]) {
    run();
    return () => {};
  }
  const stop = $state.listen((state) => {
    if (!state.categories[category]) return;
    stop();
    // A change notifies the gate and the page's listeners too; a throw here must not stop them.
    try {
      run();
    } catch (error) {
      rethrowLater(error);
    }
  });
  return stop;
}
