import { atom, type ReadableAtom } from 'nanostores';
import type { ConsentState, ConsentView } from '../types';

/** Which layer of the UI is open, with the moves between them. */
export interface ViewStore {
  $view: ReadableAtom<ConsentView>;
  showBanner(): void;
  showPreferences(): void;
  /** Closes the open layer; leaving the preference center returns to a banner still due. */
  hide(): void;
  /** Opens the banner when a decision is due, as after `reset()`. */
  showIfDue(): void;
  stop(): void;
}

/**
 * The UI's state machine (docs/npm.md, Headless): the banner opens on its own while a decision is
 * due, a stored decision closes every layer, and closing is never consent (docs/accessibility.md,
 * Keyboard and focus), so a dialog closed while a decision is still due gives way to the banner
 * again.
 */
export function createViewStore($state: ReadableAtom<ConsentState>, isDue: () => boolean): ViewStore {
  const $view = atom<ConsentView>(isDue() ? 'banner' : 'none');
  const stop = $state.listen((state) => {
    if (state.decided && $view.get() !== 'none') $view.set('none');
  });
  return {
    $view,
    showBanner: () => $view.set('banner'),
    showPreferences: () => $view.set('preferences'),
    hide: () => $view.set($view.get() === 'preferences' && isDue() ? 'banner' : 'none'),
    showIfDue: () => isDue() && $view.set('banner'),
    stop,
  };
}
