import type { ReadableAtom } from 'nanostores';
import type { Reporter } from '../policy/reporter';
import type { ConsentState } from '../types';
import { activateScript } from './activate-script';
import { isSatisfied, parseRequirement, type Requirement } from './parse-requirement';

/** Holds tagged elements back until their categories allow them. */
export interface Gate {
  /** Picks up tagged elements now in the document. */
  scan(): void;
  destroy(): void;
}

/** What a gate watches. */
export interface GateOptions {
  doc: Document;
  $state: ReadableAtom<ConsentState>;
  report: Reporter;
}

const SELECTOR = 'script[type="text/plain"][data-consent]';

/**
 * Gates `<script type="text/plain" data-consent>` elements (contract §4). Each activates at most
 * once per page load, in document order, one blocking script at a time.
 */
export function createGate({ doc, $state, report }: GateOptions): Gate {
  const seen = new WeakSet<Element>();
  let pending: Array<{ el: HTMLScriptElement; req: Requirement }> = [];
  let chain = Promise.resolve();

  const release = () => {
    const { categories } = $state.get();
    const ready = pending.filter((p) => isSatisfied(p.req, categories));
    if (!ready.length) return;
    pending = pending.filter((p) => !ready.includes(p));
    for (const { el } of ready) chain = chain.then(() => (el.isConnected ? activateScript(el) : undefined));
  };

  const scan = () => {
    for (const el of Array.from(doc.querySelectorAll<HTMLScriptElement>(SELECTOR))) {
      if (seen.has(el)) continue;
      seen.add(el);
      const req = parseRequirement(el.getAttribute('data-consent')!);
      if (req.unknown.length) report.error(`data-consent="${el.getAttribute('data-consent')}"`, `unknown category ${req.unknown.join(', ')}; the element stays blocked`);
      else pending.push({ el, req });
    }
    // querySelectorAll returns document order; later scans may add earlier elements.
    pending.sort((a, b) => (a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    release();
  };

  const unsubscribe = $state.listen(release);
  scan();
  return {
    scan,
    destroy() {
      unsubscribe();
      pending = [];
    },
  };
}
