/**
 * Holds an untagged element found by URL: its `src` moves to `data-src` and `data-consent`
 * names the category, so it waits like a tagged one. A parser-inserted script loses its `src`
 * before the parser prepares it, so even a copy the preload scanner fetched never runs.
 */
export function holdSource(el: Element, category: string, src = el.getAttribute('src')): void {
  el.setAttribute('data-src', src ?? '');
  el.setAttribute('data-consent', category);
  el.removeAttribute('src');
}
