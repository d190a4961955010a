/**
 * Releases a held iframe, image or untagged script in place by giving it back its `src`
 * (contract §4). Keeping the element keeps the page's own `onload` handlers and references.
 * Resolves when the next script in document order may follow.
 */
export function activateSource(el: HTMLElement): Promise<void> {
  const src = el.getAttribute('data-src');
  if (!src) return Promise.resolve();
  const blocking = el instanceof HTMLScriptElement && !el.async && el.isConnected;
  const done = blocking
    ? new Promise<void>((resolve) => {
        el.addEventListener('load', () => resolve(), { once: true });
        el.addEventListener('error', () => resolve(), { once: true });
      })
    : Promise.resolve();
  el.setAttribute('src', src);
  return done;
}
