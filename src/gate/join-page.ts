import type { Reporter } from '../policy/reporter';
import type { Held } from './held';
import { interceptMarkup, type MarkupHooks } from './intercept-markup';
import { interceptSources } from './intercept-sources';

/** What a gate answers the page it joins. */
export interface PageMember extends MarkupHooks {
  /** Holds `el`, whose `src` another script is about to set to `url`; `true` when it did. */
  holdSource(el: Element, url: string): boolean;
  /** Takes over, in document order, what a gate that left still held. */
  adopt(held: Held[]): void;
}

/** A gate's place on the page. */
export interface PageMembership {
  /** Makes `el` this gate's to hold and run; `false` when another gate has it. */
  claim(el: Element): boolean;
  /** What gates that left with no other on the page, or for the next to join, still held; the caller takes it over. */
  inherit(): Held[];
  /**
   * Leaves the page, handing what it still holds to the gate that joined last, or to the next to
   * join when there is none or when `toNext` says so.
   */
  leave(held: Held[], toNext?: boolean): void;
}

interface Page {
  members: PageMember[];
  /** Which gate holds, or ran, each element: it runs at most once per page load, whatever the gates. */
  owners: WeakMap<Element, PageMember>;
  /** Held by a gate that left with no other on the page (a hot reload), or for the next: the next gate takes them. */
  orphans: Held[];
  /** Gates with a blocklist: the interception is installed while there is one. */
  intercepting: number;
  uninstall?: () => void;
}

const pages = new WeakMap<Window, Page>();

/**
 * Joins a gate to its page. Every gate of a page (instances of micro-frontends, hot reloads, a
 * config fetched after the loader held the page) shares one interception of the page's insertion
 * APIs, installed with the first gate that has a blocklist and removed with the last, in whatever
 * order they are destroyed; each element belongs to one gate (docs/gating.md, Several instances).
 */
export function joinPage(win: Window & typeof globalThis, member: PageMember, o: { intercept: boolean; report: Reporter }): PageMembership {
  const page: Page = pages.get(win) ?? { members: [], owners: new WeakMap(), orphans: [], intercepting: 0 };
  pages.set(win, page);
  const { members, owners, orphans } = page;
  members.push(member);
  if (o.intercept && !page.intercepting++) page.uninstall = intercept(win, members, o.report);
  return {
    inherit: () => orphans.splice(0),
    claim(el) {
      const owner = owners.get(el);
      if (owner && owner !== member) return false;
      owners.set(el, member);
      return true;
    },
    leave(held, toNext = false) {
      const index = members.indexOf(member);
      // Destroyed twice: it left the first time.
      if (index < 0) return;
      members.splice(index, 1);
      if (o.intercept && !--page.intercepting) page.uninstall!();
      held.forEach(({ el }) => owners.delete(el));
      const heir = toNext ? undefined : members[members.length - 1];
      if (heir) heir.adopt(held);
      else orphans.push(...held);
    },
  };
}

/** Installs the page's interception, asking every gate; returns the undo, after which it passes everything on. */
function intercept(win: Window & typeof globalThis, members: PageMember[], report: Reporter): () => void {
  let on = true;
  const failed: string[] = [];
  const undos = [
    interceptSources(win, (el, url) => on && members.some((m) => m.holdSource(el, url)), failed),
    interceptMarkup(win, { tag: (el) => on && members.some((m) => m.tag(el)), inert: (script) => on && members.forEach((m) => m.inert(script)) }, failed),
  ];
  if (failed.length) {
    report.error('blocklist', `another script froze ${failed.join(', ')}; blocklisted elements that scripts insert through them are not held`);
  }
  return () => {
    on = false;
    undos.forEach((undo) => undo());
  };
}
