import type { ConsentState } from '../types';
import type { StateSource } from './state-source';

/** Meta's `fbq`: its snippet's stub queues calls until fbevents.js loads and adds `callMethod`. */
type Fbq = ((...args: unknown[]) => unknown) & { callMethod?: unknown; queue?: unknown[] };

/** How the Meta Pixel is kept in step. */
export interface MetaPixelOptions {
  win: Window;
  $state: StateSource;
  mode: 'opt-in' | 'opt-out';
}

/** An Arguments object, as the stub queues them. */
function call(..._: unknown[]): IArguments {
  return arguments;
}

/** GPC keeps the pixel revoked, even for a person who allowed marketing on this site (docs/signals.md). */
const granted = ({ categories, gpc }: ConsentState) => categories.marketing && !gpc;

/**
 * What must precede `fbq('init')` (docs/signals.md): consent revoked until limited marketing is
 * granted, and Limited Data Use while the GPC signal or a US opt-out applies (Meta's Limited Data
 * Use documentation).
 */
function preamble(state: ConsentState, mode: MetaPixelOptions['mode']): IArguments[] {
  const ldu = state.gpc || (mode === 'opt-out' && !state.categories.marketing);
  return [call('consent', granted(state) ? 'grant' : 'revoke'), ...(ldu ? [call('dataProcessingOptions', ['LDU'], 0, 0)] : [])];
}

/**
 * Keeps the Meta Pixel's consent in step with limited marketing. A stub defined before the loader
 * gets the preamble at the front of its queue, ahead of a queued `init`. Without one, Consentry
 * does not define `fbq` (Meta's snippet would then not load fbevents.js); it waits for the
 * snippet to define it, and at the first use after that (the page's `fbq('init', …)`, through
 * the gate or not) queues the preamble first. Every change of marketing then grants or revokes.
 * Returns the unsubscribe.
 */
export function startMetaPixel(o: MetaPixelOptions): () => void {
  const w = o.win as Window & { fbq?: unknown };
  const current = () => preamble(o.$state.get(), o.mode);
  const apply = (fbq: Fbq, calls: IArguments[]) => calls.forEach((args) => fbq(...args));
  let waiting = false;
  let defined: Fbq | undefined;
  const settle = (value: unknown) => {
    waiting = false;
    Object.defineProperty(w, 'fbq', { value, writable: true, configurable: true, enumerable: true });
  };
  const existing = w.fbq as Fbq | undefined;
  if (typeof existing === 'function') {
    if (!existing.callMethod && Array.isArray(existing.queue)) existing.queue.unshift(...current());
    else apply(existing, current());
  } else if (existing !== undefined) {
    throw new Error('window.fbq is not the Meta Pixel function');
  } else {
    waiting = true;
    Object.defineProperty(w, 'fbq', {
      configurable: true,
      enumerable: true,
      get() {
        // The snippet reads fbq before defining it and sets up the queue right after; the first
        // read once the queue exists is the page's own first call.
        if (typeof defined === 'function' && Array.isArray(defined.queue)) {
          settle(defined);
          apply(defined, current());
        }
        return defined;
      },
      set(value) {
        defined = value;
        if (typeof value !== 'function') settle(value);
      },
    });
  }
  let last = granted(o.$state.get());
  const stop = o.$state.listen((state) => {
    if (granted(state) === last) return;
    last = granted(state);
    if (!waiting && typeof w.fbq === 'function') (w.fbq as Fbq)('consent', last ? 'grant' : 'revoke');
  });
  return () => {
    stop();
    if (waiting) settle(defined);
  };
}
