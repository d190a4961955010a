import { patchProperty } from './patch-property';

/** Decides whether a `src` about to be set is held instead; `true` means it was. */
export type SourceHolder = (el: Element, url: string) => boolean;

/**
 * Intercepts `src` on scripts, iframes and images set by other scripts, through the property
 * setter and `setAttribute` (also its NS and Node forms), so a held URL is never requested: the
 * browser fetches when `src` is set or the element is inserted, before any MutationObserver could
 * see it (docs/gating.md). Properties the page froze go into `failed`. Returns the undo.
 */
export function interceptSources(win: Window & typeof globalThis, hold: SourceHolder, failed: string[]): () => void {
  const types = [win.HTMLScriptElement, win.HTMLIFrameElement, win.HTMLImageElement];
  const undos = types.map((type) =>
    patchProperty(
      type,
      'src',
      (d) => ({
        set(this: Element, value: string) {
          if (!hold(this, String(value))) d.set!.call(this, value);
        },
      }),
      failed,
    ),
  );
  const held = (el: Element, name: string, value: string) =>
    types.some((type) => el instanceof type) && String(name).toLowerCase() === 'src' && hold(el, String(value));
  const patchMethod = (name: string, pass: (this: Element, args: any[]) => boolean, fallback?: null) =>
    patchProperty(
      win.Element,
      name,
      (d) => ({
        value(this: Element, ...args: any[]) {
          return pass.call(this, args) ? d.value.apply(this, args) : fallback;
        },
      }),
      failed,
    );
  undos.push(
    patchMethod('setAttribute', function (this: Element, [name, value]) {
      return !held(this, name, value);
    }),
    patchMethod('setAttributeNS', function (this: Element, [namespace, name, value]) {
      return !!namespace || !held(this, name, value);
    }),
    patchMethod(
      'setAttributeNode',
      function (this: Element, [attr]: Attr[]) {
        return !!attr.namespaceURI || !held(this, attr.name, attr.value);
      },
      null,
    ),
  );
  return () => undos.forEach((undo) => undo());
}
