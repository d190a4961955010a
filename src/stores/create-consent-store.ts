import { atom, type ReadableAtom } from 'nanostores';
import type { DecisionStorage } from '../browser/decision-storage';
import { applyGpc, gpcTargets } from '../policy/apply-gpc';
import { computeState } from '../policy/compute-state';
import { cookieName } from '../policy/cookie-name';
import { decide, type DecideInput } from '../policy/decide';
import type { Decision } from '../policy/decision';
import { encodeDecision, toChoices } from '../policy/decision-codec';
import { pickDecision } from '../policy/pick-decision';
import type { Reporter } from '../policy/reporter';
import type { ResolvedConfig } from '../policy/resolve-config';
import type { CategoryId, ConsentEvents, ConsentState, OptionalCategoryId } from '../types';
import { createEmitter } from './create-emitter';
import { rethrowLater } from './rethrow-later';

/** What a consent store is built from; browser facts come in as plain values and adapters. */
export interface ConsentStoreOptions {
  config: ResolvedConfig;
  mode: 'opt-in' | 'opt-out';
  storage: DecisionStorage;
  /** The GPC signal at start. */
  gpc: boolean;
  /** The config could not be read: nothing is granted by default until the person decides. */
  failClosed?: boolean;
  report: Reporter;
  now?: () => number;
  createId?: () => string;
  /**
   * Called after each decision, GPC opt-out or withdrawal is stored, for consent records: with
   * the new state and the id and time of the record it stored, or withdrew.
   */
  onStore?: (state: ConsentState, record: { id: string; at: number }) => void;
}

/** The decision as state, with the actions that change it. */
export interface ConsentStore {
  $state: ReadableAtom<ConsentState>;
  acceptAll(): void;
  rejectAll(): void;
  save(choices: Partial<Record<CategoryId, boolean>>): void;
  reset(): void;
  /** Sets the GPC signal; when on, stores the opt-out and emits `optout` (docs/gpc-and-dnt.md). */
  setGpc(on: boolean): void;
  /** Categories a stored GPC opt-out holds off, with or without the signal now. */
  storedGpcOptOut(): OptionalCategoryId[];
  /** Re-reads storage and applies a decision another tab stored; a no-op when nothing changed. */
  reload(): void;
  on: ReturnType<typeof createEmitter<ConsentEvents>>['on'];
  emitter: ReturnType<typeof createEmitter<ConsentEvents>>;
}

/** 12 random base-36 characters (~62 bits): enough to tell consent records apart, not secret. */
function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => (b % 36).toString(36)).join('');
}

/**
 * Creates the consent state of one instance: reads the stored decision, applies GPC, and
 * persists every change. Pure logic lives in `policy/`; this wires it to a store and storage.
 */
export function createConsentStore(o: ConsentStoreOptions): ConsentStore {
  const { config, storage, report } = o;
  const now = o.now ?? Date.now;
  const createId = o.createId ?? randomId;
  const emitter = createEmitter<ConsentEvents>();
  // The raw stored value this store last read or wrote, so a re-read can tell another tab's
  // decision from its own.
  let raw = '';
  let tampered = false;
  const readStored = (values: string[]): Decision | null => {
    raw = values.join();
    const { decision: picked, rejected } = pickDecision(values, now());
    // A tampered value may have been a refusal: it is not taken as the opt-out defaults' consent
    // until the person decides again (docs/configuration.md, Cookie).
    tampered = rejected > 0 && !picked;
    if (rejected) {
      report.error(
        `cookie ${cookieName(config.tenant)}`,
        `malformed value ignored; ${picked ? 'using the newest valid one' : 'every non-essential category is denied until the person decides'}`,
      );
    }
    return picked;
  };
  let decision = readStored(storage.read());
  let gpc = o.gpc;
  // Only opt-out defaults grant anything, so only opt-out mode probes the storage at once.
  const failClosed = () => o.mode === 'opt-out' && (!!o.failClosed || tampered || storage.kind() !== 'cookie');
  const compute = () => computeState({ ...config, decision, gpc, mode: o.mode, now: now(), failClosed: failClosed() });
  const $state = atom(compute());
  // nanostores runs every listener, then rethrows a page listener's error: what follows a change
  // here (records, the optout event) must still happen.
  const update = () => {
    try {
      $state.set(compute());
    } catch (error) {
      rethrowLater(error);
    }
  };
  const gpcInput = () => ({ ...config, gpc, now: now(), createId });

  const store = (next: Decision | null) => {
    const withdrawn = decision;
    if (next) storage.write(encodeDecision(next));
    else storage.clear();
    raw = storage.read().join();
    decision = next;
    update();
    if (next || withdrawn) o.onStore?.($state.get(), next ?? { id: withdrawn!.id, at: now() });
  };
  const optOut = (source: 'gpc' | 'user', categories: OptionalCategoryId[]) => {
    if (categories.length) emitter.emit('optout', { source, categories, tenant: config.tenant });
  };
  const applySignal = () => {
    const next = applyGpc(decision, gpcInput());
    if (next) store(next);
    return !!next;
  };
  const choose = (method: DecideInput['method'], granted: OptionalCategoryId[]) => {
    const next = decide({ ...gpcInput(), previous: decision, method, granted: granted.filter((id) => config.categories.includes(id)) });
    tampered = false;
    store(next);
    optOut('user', config.gpcOptOut.filter((id) => !next.choices[id]));
  };

  // Stored before anything can run; the `optout` event waits for `setGpc` at ready time.
  applySignal();

  return {
    $state,
    emitter,
    on: emitter.on,
    acceptAll: () => choose('accept-all', config.categories),
    rejectAll: () => choose('reject-all', []),
    save: (choices) => choose('custom', config.categories.filter((id) => choices[id] === true)),
    reset() {
      // A GPC opt-out is kept: forgetting it would treat the signal's absence as consent.
      store(decision?.gpcOptOut.length ? { ...decision, at: now(), method: 'gpc', choices: toChoices([]), gpcOverride: false } : null);
      applySignal();
    },
    setGpc(on) {
      const changed = gpc !== on;
      gpc = on;
      if (!(on && applySignal()) && changed) update();
      if (on) optOut('gpc', gpcTargets(decision, gpcInput()));
    },
    storedGpcOptOut: () => decision?.gpcOptOut ?? [],
    reload() {
      const values = storage.read();
      if (values.join() === raw) return;
      decision = readStored(values);
      update();
    },
  };
}
