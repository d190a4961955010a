/** What markup interception needs from the gate. */
export interface MarkupHooks {
  /**
   * Turns `el` (not yet in the document) into a tagged element if its URL is blocklisted, so it
   * is held like one once inserted; `true` when it did.
   */
  tag(el: Element): boolean;
  /** Notes a script the browser will never run (inserted as markup), so nothing waits for it. */
  inert(script: HTMLScriptElement): void;
}

type Win = Window & typeof globalThis;

/**
 * Holds blocklisted iframes and scripts that other scripts insert as markup, before the browser
 * sees them (docs/gating.md): `innerHTML`, `outerHTML` and `insertAdjacentHTML` (whose iframes
 * load on insertion, while their scripts never run), `Range.createContextualFragment` (whose
 * scripts do run) and `document.write`. Markup goes through an inert `<template>` only when it
 * holds an iframe or a script. Returns the uninstall.
 */
export function interceptMarkup(win: Win, hooks: MarkupHooks): () => void {
  const restores: Array<() => void> = [];
  const innerHTML = Object.getOwnPropertyDescriptor(win.Element.prototype, 'innerHTML')!;
  const patch = <T extends object>(proto: T, name: string, wrap: (descriptor: PropertyDescriptor) => PropertyDescriptor) => {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name)!;
    Object.defineProperty(proto, name, { ...descriptor, ...wrap(descriptor) });
    restores.push(() => Object.defineProperty(proto, name, descriptor));
  };
  const tagIn = (root: ParentNode, scripts: boolean) => {
    let held = false;
    root.querySelectorAll(scripts ? 'iframe[src],script[src]' : 'iframe[src]').forEach((el) => (held = hooks.tag(el) || held));
    return held;
  };
  const rewrite = (html: string, scripts: boolean): string => {
    if (!/<(iframe|script)/i.test(html)) return html;
    const template = win.document.createElement('template');
    innerHTML.set!.call(template, html);
    return tagIn(template.content, scripts) ? innerHTML.get!.call(template) : html;
  };
  // Scripts inserted as markup never run; remembering them keeps a release from waiting on them.
  // The container is searched only when the markup has a script, so most calls cost nothing.
  const insertMarkup = (html: string, container: ParentNode | null, insert: (markup: string) => void) => {
    const markup = rewrite(html, false);
    if (!/<script/i.test(markup)) return insert(markup);
    const before = new Set(container?.querySelectorAll('script') ?? []);
    insert(markup);
    container?.querySelectorAll('script').forEach((script) => before.has(script) || hooks.inert(script));
  };

  for (const proto of [win.Element.prototype, win.ShadowRoot.prototype]) {
    patch(proto, 'innerHTML', (d) => ({
      set(this: Element, value: string) {
        insertMarkup(String(value), this, (markup) => d.set!.call(this, markup));
      },
    }));
  }
  patch(win.Element.prototype, 'outerHTML', (d) => ({
    set(this: Element, value: string) {
      insertMarkup(String(value), this.parentNode, (markup) => d.set!.call(this, markup));
    },
  }));
  patch(win.Element.prototype, 'insertAdjacentHTML', (d) => ({
    value(this: Element, position: InsertPosition, html: string) {
      const outside = /^(beforebegin|afterend)$/i.test(position);
      insertMarkup(String(html), outside ? this.parentNode : this, (markup) => d.value.call(this, position, markup));
    },
  }));
  patch(win.Range.prototype, 'createContextualFragment', (d) => ({
    value(this: Range, html: string) {
      const fragment: DocumentFragment = d.value.call(this, html);
      tagIn(fragment, true);
      return fragment;
    },
  }));
  for (const name of ['write', 'writeln']) {
    patch(win.Document.prototype, name, (d) => ({
      value(this: Document, ...markup: string[]) {
        return d.value.call(this, rewrite(markup.join(''), true));
      },
    }));
  }
  return () => restores.forEach((restore) => restore());
}
