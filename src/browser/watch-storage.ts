/** How often another tab's decision is looked for: well within the second the docs promise. */
const POLL_MS = 500;

/**
 * Calls `check` often enough that a decision made in one tab reaches the others within a second
 * (docs/configuration.md, Cookie). Cookies fire no event, so this polls (the check compares one
 * string), and checks at once when the tab becomes visible. The `storage` event, which would tell
 * of the `localStorage` fallback, is not listened to: registering for it opens `localStorage`, a
 * round trip to the browser on every page view, and the poll reads that fallback too.
 */
export function watchStorage(check: () => void, win: Window = window): () => void {
  const timer = win.setInterval(check, POLL_MS);
  win.document.addEventListener('visibilitychange', check);
  return () => {
    win.clearInterval(timer);
    win.document.removeEventListener('visibilitychange', check);
  };
}
