/**
 * Releases a held iframe, image or untagged script in place by giving it back its `src`
 * (docs/gating.md). Keeping the element keeps the page's own `onload` handlers and references.
 * With `blocking`, resolves once the script has loaded or failed, so the next one in document
 * order follows it; at once otherwise.
 */
export function activateSource(el: HTMLElement, blocking: boolean): Promise<void> {
  const src = el.getAttribute('data-src');
  if (!src) return Promise.resolve();
  const done = blocking
    ? new Promise<void>((resolve) => {
        el.addEventListener('load', () => resolve(), { once: true });
        el.addEventListener('error', () => resolve(), { once: true });
      })
    : Promise.resolve();
  // Chromium drops a `src` given to an iframe in the same task the parser inserted it in, and
  // the frame stays on about:blank; a task later it navigates.
  if (el instanceof HTMLIFrameElement) setTimeout(() => el.setAttribute('src', src));
  else el.setAttribute('src', src);
  return done;
}
