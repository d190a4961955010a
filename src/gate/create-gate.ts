import type { ReadableAtom } from 'nanostores';
import type { BlocklistMatcher } from '../policy/compile-blocklist';
import type { Reporter } from '../policy/reporter';
import type { CategoryId, ConsentState } from '../types';
import { activateScript } from './activate-script';
import { activateSource } from './activate-source';
import type { Held } from './held';
import { holdSource } from './hold-source';
import { joinPage } from './join-page';
import { isSatisfied, parseRequirement, type Requirement } from './parse-requirement';
import { watchInsertions } from './watch-insertions';

/** Holds gated elements back until their categories allow them. */
export interface Gate {
  /** Picks up gated elements now in the document; once it is parsed, watches for later ones. */
  scan(): void;
  /** True when something needing `category` ran during this page load. */
  ran(category: CategoryId): boolean;
  /** Stops gating; what it still holds goes to another gate of the page (docs/gating.md, Several instances). */
  destroy(): void;
}

/** What a gate watches and how it shows held iframes. */
export interface GateOptions {
  doc: Document;
  $state: ReadableAtom<ConsentState>;
  report: Reporter;
  /** Untagged script, iframe and image URLs to hold; `null` when none are listed. */
  blocklist: BlocklistMatcher | null;
  /** Takes elements the page tagged (`data-consent`); `false` holds only by URL. @default true */
  tagged?: boolean;
  /** Shows a placeholder for a held iframe; returns its removal. */
  placeholder?: (frame: HTMLIFrameElement, req: Requirement) => () => void;
  /**
   * Once destroyed, what it still holds goes to the next gate to join the page, not to the last
   * that joined: the loader's hold while its config is fetched, which the loader's instance takes
   * over. @default false
   */
  handToNext?: boolean;
}

const TAGGED = 'script[type="text/plain"][data-consent],iframe[data-consent],img[data-consent]';
/**
 * Marks an element a gate tagged itself, in markup, because its URL is on the blocklist: markup is
 * parsed again when inserted, so only an attribute tells it, once in the page, from an element the
 * page tagged, and lets a gate that takes it over judge it by its own blocklist.
 */
const LISTED = 'data-consent-listed';
/** Always satisfied: what a gate taking over finds its blocklist does not hold. */
const FREE: Requirement = { granted: [], denied: [], unknown: [] };

/**
 * Gates tagged scripts, iframes and images, and untagged ones whose URL is on the blocklist
 * (docs/gating.md): in the initial HTML, added later by any means, or given a `src` or markup by
 * another script. Each activates at most once per page load, in document order, one blocking
 * script at a time.
 */
export function createGate(o: GateOptions): Gate {
  const { doc, $state, report, blocklist } = o;
  const seen = new WeakSet<Element>();
  const inert = new WeakSet<Element>();
  const ranCategories = new Set<CategoryId>();
  const pending = new Map<Element, Held>();
  let chain = Promise.resolve();
  const categories = () => $state.get().categories;

  const placehold = (held: Held) => {
    const { el, req } = held;
    if (el instanceof HTMLIFrameElement && el.isConnected && o.placeholder && !held.removePlaceholder && !isSatisfied(req, categories())) {
      held.removePlaceholder = o.placeholder(el, req);
    }
  };

  const release = () => {
    const ready = [...pending.values()].filter((held) => isSatisfied(held.req, categories()));
    // Document order; elements not in the document yet (held before insertion) go last.
    ready.sort((a, b) => (a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    for (const held of ready) {
      const { el, req } = held;
      pending.delete(el);
      held.removePlaceholder?.();
      // Removed from the page before its consent came: it would never have loaded.
      if (!el.isConnected && !held.early) continue;
      req.granted.forEach((id) => ranCategories.add(id));
      const heldScript = el instanceof HTMLScriptElement && el.type === 'text/plain';
      chain = chain.then(() => (heldScript ? activateScript(el, page.claim) : activateSource(el, held.blocking && !inert.has(el))));
    }
  };

  /** Holds `el`, which this gate has claimed from the page's other gates. */
  const hold = (el: HTMLElement, req: Requirement, byUrl: boolean, early = false) => {
    const blocking = el instanceof HTMLScriptElement && !el.async && !early;
    const held: Held = { el, req, byUrl, early, blocking };
    pending.set(el, held);
    placehold(held);
  };

  /** The category a URL is on the blocklist for, granted or not. */
  const listedCategory = (src: string | null) => (src && blocklist?.(src)) || null;
  /** The category a blocklisted URL waits for, or `null` when it may load now. */
  const heldCategory = (src: string | null) => {
    const category = listedCategory(src);
    return category && !categories()[category] ? category : null;
  };

  /** Holds an untagged element whose URL is blocklisted; `true` when it did. */
  const holdListed = (el: Element, src: string | null, early = false) => {
    const category = heldCategory(src);
    if (!category || !page.claim(el)) return false;
    seen.add(el);
    holdSource(el, category, src);
    hold(el as HTMLElement, parseRequirement(category), true, early);
    return true;
  };

  /**
   * Holds a blocklisted iframe the parser inserted. Its navigation started on insertion, so it is
   * swapped for a fresh copy without `src`: a cancelled first load can leave the original unable
   * to navigate again, and a fast one could already have run its document.
   */
  const holdFrame = (el: Element) => {
    if (!(el instanceof HTMLIFrameElement) || !heldCategory(el.getAttribute('src'))) return false;
    const fresh = el.cloneNode() as HTMLIFrameElement;
    if (holdListed(fresh, fresh.getAttribute('src'))) el.replaceWith(fresh);
    return true;
  };

  /** Rewrites a blocklisted element in markup (not in the page yet) into its tagged form. */
  const tagListed = (el: Element) => {
    const src = el.getAttribute('src');
    const category = heldCategory(src);
    if (!category) return false;
    el.setAttribute(LISTED, '');
    holdSource(el, category, src);
    if (el instanceof HTMLScriptElement) {
      const type = el.getAttribute('type');
      if (type) el.setAttribute('data-type', type);
      el.type = 'text/plain';
    }
    return true;
  };

  const take = (el: Element) => {
    const held = pending.get(el);
    if (held) return placehold(held);
    if (seen.has(el)) return;
    seen.add(el);
    const tag = el.getAttribute('data-consent');
    if (tag === null) return void (inert.has(el) || holdFrame(el) || holdListed(el, el.getAttribute('src')));
    const byUrl = el.hasAttribute(LISTED);
    // A released script's live copy keeps data-consent; it is no longer held.
    if (!(byUrl || o.tagged !== false) || (el instanceof HTMLScriptElement && el.type !== 'text/plain')) return;
    const req = parseRequirement(tag);
    if (req.unknown.length) return report.error(`data-consent="${tag}"`, `unknown category ${req.unknown.join(', ')}; the element stays blocked`);
    if (!page.claim(el)) return;
    if (!(el instanceof HTMLScriptElement) && el.hasAttribute('src')) holdSource(el, tag);
    hold(el as HTMLElement, req, byUrl);
  };

  const selector = blocklist ? `${TAGGED},script[src],iframe[src],img[src]` : TAGGED;
  const watch = () =>
    // One release per batch: sorting the pending elements once, not once per added element.
    watchInsertions(doc, selector, (added) => {
      added.forEach(take);
      release();
    });
  const stops = [$state.listen(release)];
  /** Takes over what another gate of the page held when it left; the next release runs it. */
  const takeOver = (handed: Held[]) => {
    for (const held of handed) {
      const { el } = held;
      if (!page.claim(el)) continue;
      seen.add(el);
      held.removePlaceholder?.();
      const next: Held = { ...held, removePlaceholder: undefined };
      // Held by the other gate's blocklist: this gate's blocklist says what it waits for, and the
      // state when it is released whether it may run.
      if (held.byUrl) {
        const category = listedCategory(el.getAttribute('data-src'));
        next.req = category ? parseRequirement(category) : FREE;
        if (category) el.setAttribute('data-consent', category);
        else el.removeAttribute('data-consent');
      }
      pending.set(el, next);
      placehold(next);
    }
  };
  const adopt = (handed: Held[]) => {
    takeOver(handed);
    release();
  };
  const page = joinPage(
    doc.defaultView as Window & typeof globalThis,
    { holdSource: (el, url) => !seen.has(el) && holdListed(el, url, true), tag: tagListed, inert: (script) => inert.add(script), adopt },
    { intercept: !!blocklist, report },
  );
  // What a gate that left held (a hot reload, the loader's hold) is released with the tagged
  // elements the first scan finds, in document order: a library held until the config came runs
  // before the tagged script after it that uses it.
  takeOver(page.inherit());
  let watching = false;
  // Untagged elements already in the page have run or loaded; only later ones can be held.
  const find = () => {
    // Observing the parser costs a JS wrapper for every node of the page. Tagged elements are
    // inert by themselves and this scan finds them once the HTML is parsed, so only a blocklist,
    // whose untagged scripts must be caught as the parser inserts them, needs the observer early.
    if (!watching && (blocklist || doc.readyState !== 'loading')) {
      watching = true;
      stops.push(watch());
    }
    if (o.tagged !== false) doc.querySelectorAll(TAGGED).forEach(take);
  };
  const scan = () => {
    find();
    release();
  };
  find();
  // The first release waits a microtask: calls made on the instance as it starts (a decision
  // the loader queued while it fetched the config, an app's own right after creating it) apply
  // before anything runs that only the defaults or a stored choice allow.
  queueMicrotask(release);
  return {
    scan,
    ran: (category) => ranCategories.has(category),
    destroy() {
      stops.forEach((stop) => stop());
      const held = [...pending.values()];
      pending.clear();
      held.forEach((h) => h.removePlaceholder?.());
      page.leave(held, o.handToNext);
    },
  };
}
