/** How often another tab's decision is looked for; the contract asks for under a second. */
const POLL_MS = 500;

/**
 * Calls `onChange` when the stored value changes outside this page, so a decision made in one
 * tab reaches the others (contract §7). Cookies fire no event, so the value is polled cheaply
 * and re-read at once when the tab becomes visible or `localStorage` reports a change.
 */
export function watchStorage(read: () => string | undefined, onChange: () => void, win: Window = window): () => void {
  let last = read();
  const check = () => {
    const current = read();
    if (current === last) return;
    last = current;
    onChange();
  };
  const timer = win.setInterval(check, POLL_MS);
  win.addEventListener('storage', check);
  win.document.addEventListener('visibilitychange', check);
  return () => {
    win.clearInterval(timer);
    win.removeEventListener('storage', check);
    win.document.removeEventListener('visibilitychange', check);
  };
}
