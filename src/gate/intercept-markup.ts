import { patchProperty } from './patch-property';

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
 * Holds blocklisted iframes, images and scripts that other scripts insert as markup, before the
 * browser sees them (docs/gating.md): `innerHTML`, `outerHTML` and `insertAdjacentHTML` (whose
 * iframes and images load as they are parsed, while their scripts never run),
 * `Range.createContextualFragment` (whose scripts do run) and `document.write`. Markup goes through
 * an inert `<template>` only when it holds an iframe, an image or a script. Properties the page froze go into `failed`. Returns the undo.
 */
export function interceptMarkup(win: Win, hooks: MarkupHooks, failed: string[]): () => void {
  const undos: Array<() => void> = [];
  const innerHTML = Object.getOwnPropertyDescriptor(win.Element.prototype, 'innerHTML')!;
  const patch = (type: { prototype: object; name: string }, name: string, wrap: (descriptor: PropertyDescriptor) => PropertyDescriptor) =>
    undos.push(patchProperty(type, name, wrap, failed));
  const tagIn = (root: ParentNode, scripts: boolean) => {
    let held = false;
    root.querySelectorAll(scripts ? 'iframe[src],img[src],script[src]' : 'iframe[src],img[src]').forEach((el) => (held = hooks.tag(el) || held));
    return held;
  };
  const rewrite = (html: string, scripts: boolean): string => {
    if (!/<(iframe|img|script)/i.test(html)) return html;
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

  for (const type of [win.Element, win.ShadowRoot]) {
    patch(type, 'innerHTML', (d) => ({
      set(this: Element, value: string) {
        insertMarkup(String(value), this, (markup) => d.set!.call(this, markup));
      },
    }));
  }
  patch(win.Element, 'outerHTML', (d) => ({
    set(this: Element, value: string) {
      insertMarkup(String(value), this.parentNode, (markup) => d.set!.call(this, markup));
    },
  }));
  patch(win.Element, 'insertAdjacentHTML', (d) => ({
    value(this: Element, position: InsertPosition, html: string) {
      const outside = /^(beforebegin|afterend)$/i.test(position);
      insertMarkup(String(html), outside ? this.parentNode : this, (markup) => d.value.call(this, position, markup));
    },
  }));
  patch(win.Range, 'createContextualFragment', (d) => ({
    value(this: Range, html: string) {
      const fragment: DocumentFragment = d.value.call(this, html);
      tagIn(fragment, true);
      return fragment;
    },
  }));
  for (const name of ['write', 'writeln']) {
    patch(win.Document, name, (d) => ({
      value(this: Document, ...markup: string[]) {
        return d.value.call(this, rewrite(markup.join(''), true));
      },
    }));
  }
  return () => undos.forEach((undo) => undo());
}
