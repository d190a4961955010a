/**
 * Calls `onElement` for every element matching `selector` that is added under `root` from now
 * on, including inside added subtrees. One observer; a subtree is only searched when the added
 * node has children, which keeps the cost low on DOM-heavy pages.
 */
export function watchInsertions(root: Node, selector: string, onElement: (el: Element) => void): () => void {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        if (el.matches(selector)) onElement(el);
        if (el.firstElementChild) el.querySelectorAll(selector).forEach(onElement);
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
