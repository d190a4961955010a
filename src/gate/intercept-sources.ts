/** Decides whether a `src` about to be set is held instead; `true` means it was. */
export type SourceHolder = (el: Element, url: string) => boolean;

/**
 * Intercepts `src` on scripts and iframes created by other scripts, through the property setter
 * and `setAttribute`, so a held URL is never requested: the browser fetches a script when its
 * `src` is set or it is inserted, before any MutationObserver could see it (contract §4).
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
  const elementProto = win.Element.prototype;
  const setAttribute = elementProto.setAttribute;
  elementProto.setAttribute = function (this: Element, name: string, value: string) {
    const guarded = (this instanceof win.HTMLScriptElement || this instanceof win.HTMLIFrameElement) && name.toLowerCase() === 'src';
    if (!guarded || !hold(this, String(value))) setAttribute.call(this, name, value);
  };
  restores.push(() => {
    elementProto.setAttribute = setAttribute;
  });
  return () => restores.forEach((restore) => restore());
}
