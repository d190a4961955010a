import type { ReadableAtom } from 'nanostores';
import type { BlocklistMatcher } from '../policy/compile-blocklist';
import type { Reporter } from '../policy/reporter';
import type { CategoryId, ConsentState } from '../types';
import { activateScript } from './activate-script';
import { activateSource } from './activate-source';
import { holdSource } from './hold-source';
import { interceptSources } from './intercept-sources';
import { isSatisfied, parseRequirement, type Requirement } from './parse-requirement';
import { watchInsertions } from './watch-insertions';

/** Holds gated elements back until their categories allow them. */
export interface Gate {
  /** Picks up gated elements now in the document. */
  scan(): void;
  /** True when something needing `category` ran during this page load. */
  ran(category: CategoryId): boolean;
  destroy(): void;
}

/** What a gate watches and how it shows held iframes. */
export interface GateOptions {
  doc: Document;
  $state: ReadableAtom<ConsentState>;
  report: Reporter;
  /** Untagged script and iframe URLs to hold; `null` when none are listed. */
  blocklist: BlocklistMatcher | null;
  /** Shows a placeholder for a held iframe; returns its removal. */
  placeholder?: (frame: HTMLIFrameElement, req: Requirement) => () => void;
}

interface Held {
  el: HTMLElement;
  req: Requirement;
  removePlaceholder?: () => void;
}

const TAGGED = 'script[type="text/plain"][data-consent],iframe[data-consent],img[data-consent]';

/**
 * Gates tagged scripts, iframes and images, and untagged scripts and iframes whose URL is on
 * the blocklist (contract §4): in the initial HTML, added later by any means, or given a `src`
 * by another script. Each activates at most once per page load, in document order, one
 * blocking script at a time.
 */
export function createGate(o: GateOptions): Gate {
  const { doc, $state, report, blocklist } = o;
  const seen = new WeakSet<Element>();
  const ranCategories = new Set<CategoryId>();
  let pending: Held[] = [];
  let chain = Promise.resolve();
  const granted = (id: CategoryId) => $state.get().categories[id];

  const release = () => {
    const { categories } = $state.get();
    const ready = pending.filter((held) => isSatisfied(held.req, categories));
    if (!ready.length) return;
    pending = pending.filter((held) => !ready.includes(held));
    for (const { el, req, removePlaceholder } of ready) {
      req.granted.forEach((id) => ranCategories.add(id));
      removePlaceholder?.();
      const isHeldScript = el instanceof HTMLScriptElement && el.type === 'text/plain';
      chain = chain.then(() => (isHeldScript ? el.isConnected && activateScript(el) : activateSource(el)) || undefined);
    }
  };

  const hold = (el: HTMLElement, req: Requirement) => {
    const held: Held = { el, req };
    if (el instanceof HTMLIFrameElement && el.isConnected && o.placeholder && !isSatisfied(req, $state.get().categories)) {
      held.removePlaceholder = o.placeholder(el, req);
    }
    pending.push(held);
  };

  const take = (el: Element) => {
    if (seen.has(el)) return;
    seen.add(el);
    const tag = el.getAttribute('data-consent');
    if (tag === null) {
      const src = el.getAttribute('src');
      const category = src && blocklist?.(src);
      if (!category || granted(category)) return;
      holdSource(el, category, src);
      return hold(el as HTMLElement, parseRequirement(category));
    }
    // A released script's live copy keeps data-consent; it is no longer held.
    if (el instanceof HTMLScriptElement && el.type !== 'text/plain') return;
    const req = parseRequirement(tag);
    if (req.unknown.length) return report.error(`data-consent="${tag}"`, `unknown category ${req.unknown.join(', ')}; the element stays blocked`);
    if (!(el instanceof HTMLScriptElement) && el.hasAttribute('src')) holdSource(el, tag);
    hold(el as HTMLElement, req);
  };

  const selector = blocklist ? `${TAGGED},script[src],iframe[src]` : TAGGED;
  const scan = () => {
    doc.querySelectorAll(selector).forEach(take);
    // Document order; elements not in the document yet (held before insertion) go last.
    pending.sort((a, b) => (a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    release();
  };

  const stops = [
    $state.listen(release),
    watchInsertions(doc, selector, (el) => {
      take(el);
      release();
    }),
  ];
  if (blocklist) {
    stops.push(
      interceptSources(doc.defaultView as Window & typeof globalThis, (el, url) => {
        if (seen.has(el)) return false;
        const category = blocklist(url);
        if (!category || granted(category)) return false;
        seen.add(el);
        holdSource(el, category, url);
        hold(el as HTMLElement, parseRequirement(category));
        return true;
      }),
    );
  }
  scan();
  return {
    scan,
    ran: (category) => ranCategories.has(category),
    destroy() {
      stops.forEach((stop) => stop());
      pending = [];
    },
  };
}
