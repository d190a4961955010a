/** How often another tab's decision is looked for; the contract asks for under a second. */
const POLL_MS = 500;

/** What `watchStorage` watches. */
export interface WatchStorageOptions {
  /** @default window */
  win?: Window;
  /**
   * The decision lives in `localStorage`, whose `storage` event tells of other tabs' writes.
   * Only then is the event listened to: registering for it opens `localStorage`, a round trip to
   * the browser that every page view would otherwise pay.
   */
  local: boolean;
}

/**
 * Calls `check` often enough that a decision made in one tab reaches the others within a second
 * (contract §7). Cookies fire no event, so this polls (the check compares one string), and checks
 * at once when the tab becomes visible or `localStorage` reports a change.
 */
export function watchStorage(check: () => void, { win = window, local }: WatchStorageOptions): () => void {
  const timer = win.setInterval(check, POLL_MS);
  if (local) win.addEventListener('storage', check);
  win.document.addEventListener('visibilitychange', check);
  return () => {
    win.clearInterval(timer);
    win.removeEventListener('storage', check);
    win.document.removeEventListener('visibilitychange', check);
  };
}
