import type { Requirement } from './parse-requirement';

/** An element a gate holds back, and how it came to be held. */
export interface Held {
  el: HTMLElement;
  req: Requirement;
  /**
   * Found by its URL on the blocklist, not tagged by the page: a gate that takes it over judges
   * it by its own blocklist.
   */
  byUrl: boolean;
  /** Held through a `src` setter before it was ever in the document. */
  early: boolean;
  /** A parser-inserted script without `async`: the next one waits for it (document order). */
  blocking: boolean;
  removePlaceholder?: () => void;
}
