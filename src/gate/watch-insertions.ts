/**
 * Calls `onAdded` once per batch of mutations with the elements matching `selector` that were
 * added under `root`, including inside added subtrees. One observer; a subtree is only searched
 * when the added node has children, which keeps the cost low on DOM-heavy pages.
 */
export function watchInsertions(root: Node, selector: string, onAdded: (elements: Element[]) => void): () => void {
  const observer = new MutationObserver((records) => {
    const added: Element[] = [];
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        if (el.matches(selector)) added.push(el);
        if (el.firstElementChild) added.push(...el.querySelectorAll(selector));
      }
    }
    if (added.length) onAdded(added);
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
