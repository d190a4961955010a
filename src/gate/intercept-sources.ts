/** Decides whether a `src` about to be set is held instead; `true` means it was. */
export type SourceHolder = (el: Element, url: string) => boolean;

/**
 * Intercepts `src` on scripts and iframes created by other scripts, through the property setter
 * and `setAttribute` (also its NS and Node forms), so a held URL is never requested: the browser fetches a script when its
 * `src` is set or it is inserted, before any MutationObserver could see it (docs/gating.md).
 * Returns the uninstall.
 */
export function interceptSources(win: Window & typeof globalThis, hold: SourceHolder): () => void {
  const restores: Array<() => void> = [];
  for (const proto of [win.HTMLScriptElement.prototype, win.HTMLIFrameElement.prototype]) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'src')!;
    Object.defineProperty(proto, 'src', {
      ...descriptor,
      set(this: Element, value: string) {
        if (!hold(this, String(value))) descriptor.set!.call(this, value);
      },
    });
    restores.push(() => Object.defineProperty(proto, 'src', descriptor));
  }
  const proto = win.Element.prototype;
  const { setAttribute, setAttributeNS, setAttributeNode } = proto;
  const held = (el: Element, name: string, value: string) =>
    (el instanceof win.HTMLScriptElement || el instanceof win.HTMLIFrameElement) && name.toLowerCase() === 'src' && hold(el, String(value));
  proto.setAttribute = function (this: Element, name: string, value: string) {
    if (!held(this, name, value)) setAttribute.call(this, name, value);
  };
  proto.setAttributeNS = function (this: Element, namespace: string | null, name: string, value: string) {
    if (namespace || !held(this, name, value)) setAttributeNS.call(this, namespace, name, value);
  };
  proto.setAttributeNode = function (this: Element, attr: Attr) {
    return attr.namespaceURI || !held(this, attr.name, attr.value) ? setAttributeNode.call(this, attr) : null;
  };
  restores.push(() => Object.assign(proto, { setAttribute, setAttributeNS, setAttributeNode }));
  return () => restores.forEach((restore) => restore());
}
