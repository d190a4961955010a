/**
 * Calls `cb` once the page has loaded: at once when it already has, else on `load`. Work that
 * can wait goes here, off the page's critical path. Returns the cancel.
 */
export function onPageLoad(win: Window, cb: () => void): () => void {
  if (win.document.readyState === 'complete') {
    cb();
    return () => {};
  }
  win.addEventListener('load', cb, { once: true });
  return () => win.removeEventListener('load', cb);
}
