// A randomized test over at least 300 page variants per run: 80 from each of three fixed seeds and
// 80 from a random seed, logged. Each variant mixes static, dynamic (added after load, before the
// decision) and late (added after it) elements: tagged scripts (external, inline, async, defer,
// module; some loaded from a blocklisted host, so that their URL waits for its category too),
// untagged blocklisted scripts and iframes (config blocklist and catalogue services), untagged
// scripts on no list, tagged iframes and pixels, with random requirements (one or two categories,
// `!` negations). Dynamic elements are built with createElement (src setter or setAttribute),
// written with insertAdjacentHTML or parsed with Range.createContextualFragment. Each variant
// also draws:
//   - how the page gets Consentry: the script tag with an inline config (4 in 10); the script tag
//     with a `data-config` file (3 in 10), answered at a random moment (while the parser stands at
//     a random place in the body, before the dynamic insertions, after them, after the decision or
//     after the late insertions), one time in four with a 404, which fails closed; or two npm
//     instances of `consentry/core`, bundled as an app would, with the same config and the
//     services given as definitions (3 in 10), one of which may be destroyed (before the dynamic
//     insertions, before or after the decision), or both and a new one created (a hot reload),
//     or both after the decision, so that the late elements meet no gate;
//   - the mode (opt-out one time in five), a decision stored on an earlier visit (one time in
//     five) and GPC (three times in ten; for some opt-in variants with nothing stored it comes
//     late, at DOMContentLoaded, as an extension may inject it);
//   - the decision (or none), made through window.Consentry, or through one live npm instance,
//     which the others read from the cookie.
// A model of docs/gating.md, docs/script-tag.md (Where the config comes from) and
// docs/gpc-and-dnt.md replays each variant's steps (`plan`, `simulate`) and the test asserts:
//   - no URL of an element whose requirement was never met was requested (an untagged script or
//     iframe written in the HTML may be requested once before any script can see it) and none
//     of them ran;
//   - while a config file is pending nothing of the variant ran and nothing was requested but
//     those early requests; a decision made meanwhile applies before anything is released;
//   - every element whose requirement was met while it was in the page ran exactly once (with no
//     gate left on the page, untagged elements run as inserted and tagged ones never);
//   - under GPC, nothing that needs marketing was requested (but those early requests) or ran;
//   - non-async scripts a gate holds and releases ran in document order, step by step (the
//     config's arrival, the decision, a new instance, each insertion);
//   - the effective state matches the model (GPC denies marketing whatever the decision), and
//     Consentry reported no error but the failed config fetch.
// Run one seed again:   GATING_SEED=<n> npx playwright test e2e/gating-fuzz.spec.ts (it replaces the random one)
// Run one variant:      GATING_SEED=<n> GATING_ONLY=<index> npx playwright test e2e/gating-fuzz.spec.ts
// Variants per run:     GATING_VARIANTS=<n> (default 320, split over the BATCHES seeds).
// A failure prints the variant: how Consentry is loaded, mode, stored decision, GPC, decision, the
// steps the page took and every element in document order.
//
// Dynamic elements are appended after every static one, so insertion order is document order.
// Before a state change that could race a release still on its way (`settlesBeforeDeciding`)
// and before an instance is destroyed or created, the page lets what the model ran so far run.
// Not generated: document.write, setAttributeNS/setAttributeNode and innerHTML on existing
// elements, which blocklist.spec.ts covers one by one; a GPC signal that comes late over an
// opt-out default or a stored grant (what ran before DOMContentLoaded cannot be undone).
import { existsSync, readFileSync } from 'node:fs';
import type { Cookie, Page, Route } from '@playwright/test';
import { expect, test, type Visitor } from './helpers';
import { useGatedTrackers, useServiceHosts } from './gating-helpers';
import { bundleApp } from './npm-bundle';
import { mulberry32, runSeeds } from './seeded-random';

type Cat = 'essential' | 'functional' | 'analytics' | 'marketing';
type Optional = Exclude<Cat, 'essential'>;
type State = Record<Cat, boolean>;
type Phase = 'static' | 'dyn' | 'late';
type Kind = 'script' | 'inline' | 'bl-script' | 'iframe' | 'bl-iframe' | 'pixel' | 'free';

interface Gated {
  name: string;
  kind: Kind;
  phase: Phase;
  /** data-consent, or the blocklist category of an untagged element. */
  consent: string;
  url: string;
  async?: boolean;
  defer?: boolean;
  module?: boolean;
  /** Tagged static script written with `src` instead of `data-src` (docs/gating.md accepts both). */
  srcAttr?: boolean;
  /**
   * Tagged script loaded from a blocklisted host, listed for this category: once its tag allows
   * it, its URL still waits for that category (docs/gating.md, What is held).
   */
  listed?: Optional;
  /** Untagged dynamic script: `async = false` (ordered), and setAttribute instead of the setter. */
  ordered?: boolean;
  viaSetAttribute?: boolean;
  /**
   * How a dynamic element is inserted: built with createElement (`dom`), written as markup with
   * insertAdjacentHTML (`html`) or through Range.createContextualFragment (`fragment`).
   */
  via?: 'dom' | 'html' | 'fragment';
  /** The markup `html`/`fragment` insert. */
  html?: string;
}

type Choices = Record<Optional, boolean>;
type Decision = { type: 'none' } | { type: 'acceptAll' } | { type: 'rejectAll' } | { type: 'custom'; choices: Choices };

/**
 * Where the page gets Consentry and its config: the script tag with inline JSON, the script tag
 * with a `data-config` file that arrives (`fetched`) or answers 404 (`failed`), or two npm
 * instances of `consentry/core`.
 */
type Source = 'inline' | 'fetched' | 'failed' | 'npm';
/** The moments of the page's run where something else can happen. */
type Moment = 'before-dyn' | 'before-decision' | 'after-decision' | 'after-late';
/**
 * When a config file is answered: while the parser stands before the body's static element of
 * that index (the body's length: after the last), or at a moment of the run.
 */
type Arrival = number | Moment;
/**
 * What happens to the npm instances `a` and `b`: `first` is destroyed (`destroy-one`); both
 * are, `first` first, and a new one, `c`, is created (`reload`); or both are and none follows
 * (`destroy-all`).
 */
interface Lifecycle {
  kind: 'none' | 'destroy-one' | 'reload' | 'destroy-all';
  at: Exclude<Moment, 'after-late'>;
  first: 'a' | 'b';
}

interface Variant {
  seed: number;
  index: number;
  source: Source;
  mode: 'opt-in' | 'opt-out';
  /** A decision stored on an earlier visit, without GPC. */
  stored: Choices | null;
  gpc: boolean;
  /** GPC comes at DOMContentLoaded, as an extension may inject it. */
  lateGpc: boolean;
  decision: Decision;
  /** `fetched` and `failed`: when the config file is answered. */
  arrival: Arrival | null;
  /** `npm`: what happens to the instances, and which live one makes the decision (0 to 1). */
  lifecycle: Lifecycle | null;
  decider: number;
  elements: Gated[];
}

/** Fixed seeds, the same every run, then this run's random one (GATING_SEED replays one); a batch each. */
const SEEDS = runSeeds('GATING_SEED');
const BATCHES = SEEDS.length;
/** Tabs per batch working in parallel: a variant mostly waits (network, timers), so this pays. */
const LANES = 3;
const VARIANTS = Math.max(BATCHES, Number(process.env.GATING_VARIANTS ?? 320));
/** How long a variant with something missing may stay unchanged before it counts as done. */
const QUIET_MS = 600;
const ONLY = process.env.GATING_ONLY === undefined ? null : Number(process.env.GATING_ONLY);

const OPTIONAL: Optional[] = ['functional', 'analytics', 'marketing'];
/** Hosts of the generated config's blocklist, one per category. */
const BLOCKLIST_HOST: Record<Optional, string> = {
  functional: 'blf.tracker.test',
  analytics: 'bla.tracker.test',
  marketing: 'blm.tracker.test',
};
const TAGGED_HOST: Record<Optional | 'essential', string> = {
  essential: 'cdn.tracker.test',
  functional: 'functional.tracker.test',
  analytics: 'analytics.tracker.test',
  marketing: 'ads.tracker.test',
};
/** The config of every variant, but its mode; npm instances get the services as definitions. */
const CONFIG = {
  revision: 1,
  blocklist: Object.fromEntries(OPTIONAL.map((c) => [c, [BLOCKLIST_HOST[c]]])),
  services: ['meta-pixel', 'google-analytics'],
};
/** The app an npm variant loads: `consentry/core`, and the two services' definitions. */
const NPM_APP = `import { createConsent } from 'consentry/core';
import { GOOGLE_ANALYTICS, META_PIXEL } from 'consentry/services';
window.createConsent = createConsent;
window.__fuzzServices = [META_PIXEL, GOOGLE_ANALYTICS];`;

/** Each variant has its own stream, so one can be regenerated alone from (seed, index). */
function variantRandom(seed: number, index: number): () => number {
  return mulberry32((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
}

function generate(seed: number, index: number): Variant {
  const rnd = variantRandom(seed, index);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
  const chance = (p: number) => rnd() < p;
  const gpc = chance(0.3);
  const roll = rnd();
  const decision: Decision =
    roll < 0.2
      ? { type: 'none' }
      : roll < 0.45
        ? { type: 'acceptAll' }
        : roll < 0.65
          ? { type: 'rejectAll' }
          : { type: 'custom', choices: { functional: chance(0.5), analytics: chance(0.5), marketing: chance(0.5) } };
  const setup = rnd();
  const source: Source = setup < 0.4 ? 'inline' : setup < 0.7 ? (chance(0.25) ? 'failed' : 'fetched') : 'npm';
  const mode = chance(0.2) ? 'opt-out' : 'opt-in';
  const stored = chance(0.2) ? (chance(0.5) ? { functional: true, analytics: true, marketing: true } : { functional: chance(0.5), analytics: chance(0.5), marketing: chance(0.5) }) : null;
  // A late signal cannot hold back what an opt-out default or a stored grant ran before it came.
  const lateGpc = gpc && mode === 'opt-in' && !stored && chance(0.4);
  // Mostly before the decision, and mostly `a` first: `a` joined first, so it holds what both see.
  const moment = pick(['before-dyn', 'before-decision', 'before-decision', 'after-decision'] as const);
  const lifecycle: Lifecycle | null =
    source === 'npm' ? { kind: pick(['none', 'destroy-one', 'destroy-one', 'reload', 'reload', 'destroy-all'] as const), at: moment, first: chance(0.75) ? 'a' : 'b' } : null;
  if (lifecycle?.kind === 'destroy-all') lifecycle.at = 'after-decision';
  const decider = rnd();

  const requirement = (): string =>
    pick([
      'functional', 'analytics', 'marketing', 'analytics', 'marketing',
      'analytics marketing', 'functional analytics', '!marketing', '!analytics', 'analytics !marketing', 'essential',
    ]);
  const count = 5 + Math.floor(rnd() * 10);
  // Frames are the costly part of a variant (a process per frame site), so half the variants
  // have none and the others have them at the usual rate.
  const kinds: readonly Kind[] = chance(0.5)
    ? ['script', 'script', 'inline', 'bl-script', 'bl-script', 'iframe', 'bl-iframe', 'pixel', 'free']
    : ['script', 'script', 'inline', 'bl-script', 'bl-script', 'pixel', 'free'];
  const elements: Gated[] = [];
  for (let k = 0; k < count; k++) {
    const name = `v${index}-e${k}`;
    const phase: Phase = pick(['static', 'static', 'static', 'dyn', 'dyn', 'late']);
    const kind: Kind = pick(kinds);
    const picked = pick([0, 0, 0, 15, 40]);
    // An untagged cross-origin frame in the HTML runs in its own process: answered at once, as
    // Playwright answers, it can commit before the parser's current task ends and the observer
    // sees it (docs/gating.md, limits). A real third-party frame takes a network round trip.
    const delay = kind === 'bl-iframe' && phase === 'static' ? Math.max(picked, 150) : picked;
    const q = `?name=${encodeURIComponent(name)}${delay ? `&delay=${delay}` : ''}`;
    const el: Gated = { name, kind, phase, consent: '', url: '' };
    if (kind === 'script' || kind === 'inline' || kind === 'iframe' || kind === 'pixel') {
      el.consent = requirement();
      const first = el.consent.split(' ')[0].replace('!', '') as Optional | 'essential';
      const file = kind === 'iframe' ? 'frame.html' : kind === 'pixel' ? 'px.gif' : 'run.js';
      el.url = kind === 'inline' ? '' : `http://${TAGGED_HOST[first]}/g/${file}${q}`;
      if (kind === 'script') {
        const mode = pick(['plain', 'plain', 'async', 'defer', 'module']);
        el.async = mode === 'async';
        el.defer = mode === 'defer';
        el.module = mode === 'module';
        el.srcAttr = phase === 'static' && chance(0.2);
        if (chance(0.15)) {
          el.listed = pick(OPTIONAL);
          el.url = `http://${BLOCKLIST_HOST[el.listed]}/g/run.js${q}`;
        }
      }
    } else if (kind === 'bl-script' || kind === 'bl-iframe') {
      const service = kind === 'bl-script' && chance(0.25);
      if (service) {
        el.consent = pick(['analytics', 'marketing']);
        el.url =
          el.consent === 'marketing'
            ? `https://connect.facebook.net/en_US/fbevents.js?cn=${name}`
            : `https://www.google-analytics.com/analytics.js?cn=${name}`;
      } else {
        el.consent = pick(OPTIONAL);
        el.url = `http://${BLOCKLIST_HOST[el.consent as Optional]}/g/${kind === 'bl-iframe' ? 'frame.html' : 'run.js'}${q}`;
      }
      if (kind === 'bl-script') {
        if (phase === 'static') el.async = chance(0.25);
        else {
          el.ordered = chance(0.4);
          el.viaSetAttribute = chance(0.5);
        }
      }
    } else {
      el.url = `http://free.tracker.test/g/run.js${q}`;
    }
    if (phase !== 'static' && kind !== 'free') {
      const script = kind === 'script' || kind === 'inline' || kind === 'bl-script';
      const roll = rnd();
      el.via = roll < 0.6 ? 'dom' : roll < 0.85 || !script ? 'html' : 'fragment';
      if (el.via !== 'dom') {
        el.ordered = undefined;
        el.viaSetAttribute = undefined;
        el.html = staticMarkup(el);
      }
    }
    elements.push(el);
  }
  const bodyStatics = placeStatics(elements).body.length;
  const arrival: Arrival | null =
    source === 'fetched' || source === 'failed'
      ? chance(0.3)
        ? Math.floor(rnd() * (bodyStatics + 1))
        : pick(['before-dyn', 'before-decision', 'after-decision', 'after-late'] as const)
      : null;
  return { seed, index, source, mode, stored, gpc, lateGpc, decision, arrival, lifecycle, decider, elements };
}

// ---------------------------------------------------------------------------------------------
// The model: docs/gating.md, docs/script-tag.md (Where the config comes from) and docs/gpc-and-dnt.md.

const isFetched = (variant: Variant) => variant.source === 'fetched' || variant.source === 'failed';

/** The state once Consentry has started (s0), and after the variant's decision (s1). */
function stateAfter(variant: Variant): { s0: State; s1: State } {
  // Opt-out defaults grant everything, but not when the config could not be had: that fails closed.
  const byDefault = variant.mode === 'opt-out' && variant.source !== 'failed';
  const start: Choices = variant.stored ?? { functional: byDefault, analytics: byDefault, marketing: byDefault };
  const d = variant.decision;
  const chosen: Choices =
    d.type === 'acceptAll'
      ? { functional: true, analytics: true, marketing: true }
      : d.type === 'custom'
        ? d.choices
        : d.type === 'rejectAll'
          ? { functional: false, analytics: false, marketing: false }
          : start;
  // GPC opts out of marketing whatever the choice, stored or new (docs/gpc-and-dnt.md); no override is configured.
  const withGpc = (c: Choices): State => ({ essential: true, ...c, marketing: c.marketing && !variant.gpc });
  return { s0: withGpc(start), s1: withGpc(chosen) };
}

function satisfied(consent: string, state: State): boolean {
  return consent
    .trim()
    .split(/\s+/)
    .every((token) => (token.startsWith('!') ? !state[token.slice(1) as Cat] : state[token as Cat]));
}

const isTagged = (el: Gated) => el.kind === 'script' || el.kind === 'inline' || el.kind === 'iframe' || el.kind === 'pixel';
const isService = (el: Gated) => el.url.startsWith('https:');

/**
 * What an element waits for under the variant's config, `null` for nothing: its tag; for an
 * untagged one, its blocklist category. A config that failed to load leaves only the built-in
 * catalogue's services on the list.
 */
function requirementOf(el: Gated, variant: Variant): string | null {
  if (el.kind === 'free') return null;
  if (!isTagged(el) && variant.source === 'failed' && !isService(el)) return null;
  return el.consent;
}

/** The category a tagged script's URL waits for once its tag allows it (none with a failed config). */
const listedOf = (el: Gated, variant: Variant): Optional | null => (el.listed && variant.source !== 'failed' ? el.listed : null);

/**
 * A variant whose outcome would hang on timing if its state changed while releases are on their
 * way: a released script that reaches the page through a new element (a tagged script, or an
 * untagged one held in markup while a config file was pending) meets the blocklist again as it
 * does. Its page lets the releases so far run before it decides.
 */
const settlesBeforeDeciding = (variant: Variant) => isFetched(variant) || variant.elements.some((e) => e.listed);

/** An untagged script written with insertAdjacentHTML: browsers never run those, gate or not. */
const isInert = (el: Gated) => el.kind === 'bl-script' && el.via === 'html';

const isScript = (el: Gated) => el.kind === 'script' || el.kind === 'inline' || el.kind === 'bl-script' || el.kind === 'free';

/** Where the page waits for a name: scripts run, frames post, pixels fire `load`. */
type Probe = { name: string; where: 'ran' | 'frames' | 'loads' };
const probe = (el: Gated): Probe => ({ name: el.name, where: el.kind.includes('iframe') ? 'frames' : el.kind === 'pixel' ? 'loads' : 'ran' });

/**
 * One step of a variant's run. The page does each in turn (`parse` and `arrive` it does by
 * itself, as it parses the HTML); the model replays the same list.
 */
type Step =
  | { op: 'parse'; part: 'all' | 'before' | 'after' }
  | { op: 'arrive' }
  /** Waits for consentry:ready. */
  | { op: 'ready' }
  /** Waits for the HTML to be parsed. */
  | { op: 'parsed' }
  /** Answers the config file and waits until the instance exists. */
  | { op: 'release' }
  | { op: 'insert'; phase: 'dyn' | 'late' }
  /**
   * Decides through `by` (an npm instance), or window.Consentry, once what the model ran so far
   * did (`settle`, for some variants); then waits until the live instances `sync` agree.
   */
  | { op: 'decide'; by: string | null; sync: string[]; settle: Probe[] }
  /** Destroys or creates an npm instance, once what the model ran so far did (`settle`). */
  | { op: 'destroy' | 'create'; name: string; settle: Probe[] };

/** The variant's steps, in the order the page takes them. */
function plan(variant: Variant): Step[] {
  const steps: Step[] = [];
  const { arrival, lifecycle } = variant;
  if (typeof arrival === 'number') steps.push({ op: 'parse', part: 'before' }, { op: 'arrive' }, { op: 'parse', part: 'after' }, { op: 'ready' });
  else steps.push({ op: 'parse', part: 'all' }, { op: isFetched(variant) ? 'parsed' : 'ready' });
  const live = variant.source === 'npm' ? ['a', 'b'] : [];
  const at = (moment: Moment) => {
    if (arrival === moment) steps.push({ op: 'release' });
    if (!lifecycle || lifecycle.kind === 'none' || lifecycle.at !== moment) return;
    const other = lifecycle.first === 'a' ? 'b' : 'a';
    const destroy = (name: string) => {
      steps.push({ op: 'destroy', name, settle: [] });
      live.splice(live.indexOf(name), 1);
    };
    destroy(lifecycle.first);
    if (lifecycle.kind === 'destroy-one') return;
    destroy(other);
    if (lifecycle.kind === 'reload') {
      steps.push({ op: 'create', name: 'c', settle: [] });
      live.push('c');
    }
  };
  at('before-dyn');
  steps.push({ op: 'insert', phase: 'dyn' });
  at('before-decision');
  const by = live.length ? live[Math.floor(variant.decider * live.length)] : null;
  if (variant.decision.type !== 'none') steps.push({ op: 'decide', by, sync: live.filter((name) => name !== by), settle: [] });
  at('after-decision');
  steps.push({ op: 'insert', phase: 'late' });
  at('after-late');
  if (isFetched(variant) && typeof arrival !== 'number') steps.push({ op: 'ready' });
  return steps;
}

/** What the model says of one element. */
interface Fate {
  /** The step at which it runs (steps count up through the run); `null`: never. */
  at: number | null;
  /** Held when inserted: a gate, not the browser, runs it, if ever. */
  held: boolean;
  /** Inserted while the config file was pending. */
  pending: boolean;
  /** Inserted while a gate was on the page (else nothing guards it). */
  guarded: boolean;
  /** A tagged script held again, once its tag allowed it, by its URL's blocklist category. */
  reheld: boolean;
}

/**
 * Replays the variant's steps against the rules: while the config is pending every untagged
 * (cross-origin) element is held and nothing tagged runs; a live gate runs what the state
 * allows at once and holds the rest until a state allows it, in document order; a tagged script
 * whose URL is listed for a category still denied then is held again for that category; a
 * destroyed gate's held elements go to another gate of the page, or wait for the next one; with
 * no gate left, untagged elements run as inserted and tagged ones never do. Fills in the steps'
 * `settle`.
 */
function simulate(variant: Variant, steps: Step[]): Map<Gated, Fate> {
  const { s0, s1 } = stateAfter(variant);
  const order = documentOrder(variant);
  const { head, body } = placeStatics(variant.elements);
  const split = typeof variant.arrival === 'number' ? variant.arrival : body.length;
  const parts = { all: [...head, ...body], before: [...head, ...body.slice(0, split)], after: body.slice(split) };
  const fates = new Map<Gated, Fate>();
  let gate: 'pending' | 'live' | 'none' = isFetched(variant) ? 'pending' : 'live';
  let decided = false;
  let state = s0;
  let tick = 0;
  /** Held elements, and what each waits for now. */
  const waiting = new Map<Gated, string | null>();
  let instances = variant.source === 'npm' ? 2 : 1;
  const allows = (req: string | null, st: State) => req === null || satisfied(req, st);
  /** A gate releases `el`: it runs now, or meets its URL's category. */
  const release = (el: Gated, fate: Fate) => {
    const listed = fate.reheld ? null : listedOf(el, variant);
    if (listed && !state[listed]) {
      fate.reheld = true;
      waiting.set(el, listed);
    } else {
      fate.at = tick;
      waiting.delete(el);
    }
  };
  const enter = (st: State) => {
    tick++;
    state = st;
    for (const el of order) if (waiting.has(el) && allows(waiting.get(el)!, st)) release(el, fates.get(el)!);
  };
  const insert = (els: Gated[]) => {
    tick++;
    for (const el of [...els].sort((a, b) => order.indexOf(a) - order.indexOf(b))) {
      const fate: Fate = { at: null, held: false, pending: gate === 'pending', guarded: gate !== 'none', reheld: false };
      fates.set(el, fate);
      if (isInert(el)) continue;
      const req = requirementOf(el, variant);
      // With no gate on the page, the browser runs what is untagged; tagged elements wait for one.
      if (gate === 'none' && !isTagged(el)) fate.at = tick;
      else if (gate === 'live' && allows(req, state)) {
        fate.held = isTagged(el);
        release(el, fate);
      } else {
        fate.held = gate !== 'none';
        waiting.set(el, req);
      }
    }
  };
  const ran = () => variant.elements.filter((e) => fates.get(e)?.at != null).map(probe);
  for (const step of steps) {
    if (step.op === 'parse') insert(parts[step.part]);
    else if (step.op === 'insert') insert(variant.elements.filter((e) => e.phase === step.phase));
    else if (step.op === 'arrive' || step.op === 'release') {
      gate = 'live';
      // A decision made through window.Consentry meanwhile applies before anything is released.
      enter(decided ? s1 : s0);
    } else if (step.op === 'decide') {
      if (settlesBeforeDeciding(variant)) step.settle = ran();
      decided = true;
      if (gate === 'live') enter(s1);
    } else if (step.op === 'destroy') {
      step.settle = ran();
      if (!--instances) gate = 'none';
    } else if (step.op === 'create') {
      step.settle = ran();
      instances++;
      gate = 'live';
      // A new instance reads the decision from the cookie and takes over what waited for it.
      enter(decided ? s1 : s0);
    }
  }
  return fates;
}

/**
 * Scripts whose runs must follow document order: the non-async ones a gate holds and then
 * releases one after the other. Those the browser runs itself as they are inserted (not held)
 * keep the browser's own order, which the gate's releases do not join.
 */
function isOrdered(el: Gated, fate: Fate): boolean {
  if (el.kind === 'script') return !el.async && !fate.reheld;
  if (el.kind === 'inline') return true;
  if (el.kind !== 'bl-script' && el.kind !== 'free') return false;
  return fate.held && (el.phase === 'static' ? !el.async : el.via === 'dom' && !!el.ordered);
}

/**
 * Requests a held untagged element written in the HTML may get before any script sees it: the
 * preload scanner fetches scripts ahead of the parser (docs/gating.md), and an iframe starts
 * loading when the parser inserts it, before a MutationObserver can see it.
 */
const preloadOf = (el: Gated, fate: Fate) => (el.phase === 'static' && !isTagged(el) && fate.held ? 1 : 0);

// ---------------------------------------------------------------------------------------------
// The page.

const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function staticMarkup(el: Gated): string {
  const flags = `${el.async ? ' async' : ''}${el.defer ? ' defer' : ''}${el.module ? ' data-type="module"' : ''}`;
  const consent = `data-consent="${el.consent}"`;
  switch (el.kind) {
    case 'script':
      return `<script type="text/plain" ${consent} ${el.srcAttr ? 'src' : 'data-src'}="${escapeAttr(el.url)}"${flags}></script>`;
    case 'inline':
      return `<script type="text/plain" ${consent}>__mark(${JSON.stringify(el.name)});</script>`;
    case 'bl-script':
    case 'free':
      return `<script src="${escapeAttr(el.url)}"${el.async ? ' async' : ''}></script>`;
    case 'iframe':
      return `<iframe ${consent} data-src="${escapeAttr(el.url)}" width="200" height="100" title="${el.name}"></iframe>`;
    case 'bl-iframe':
      return `<iframe src="${escapeAttr(el.url)}" width="200" height="100" title="${el.name}"></iframe>`;
    case 'pixel':
      return `<img ${consent} data-src="${escapeAttr(el.url)}" width="1" height="1" alt="" onload="__loaded(${escapeAttr(JSON.stringify(el.name))})">`;
    default:
      throw new Error(`no static markup for ${el.kind}`);
  }
}

/** Builds dynamic elements the ways sites and tag managers do; runs in the page. */
const BUILDER = `
window.__fuzz = {
  insert: function (phase) {
    var box = document.getElementById(phase);
    (window.__fuzzSpecs[phase] || []).forEach(function (e) {
      if (e.via === 'html') box.insertAdjacentHTML('beforeend', e.html);
      else if (e.via === 'fragment') box.appendChild(document.createRange().createContextualFragment(e.html));
      else box.appendChild(build(e));
    });
  }
};
function build(e) {
  var el;
  if (e.kind === 'script' || e.kind === 'inline') {
    el = document.createElement('script');
    el.type = 'text/plain';
    el.setAttribute('data-consent', e.consent);
    if (e.kind === 'inline') el.text = '__mark(' + JSON.stringify(e.name) + ');';
    else el.setAttribute('data-src', e.url);
    if (e.async) el.setAttribute('async', '');
    if (e.defer) el.setAttribute('defer', '');
    if (e.module) el.setAttribute('data-type', 'module');
  } else if (e.kind === 'bl-script' || e.kind === 'free') {
    el = document.createElement('script');
    if (e.ordered) el.async = false;
    if (e.viaSetAttribute) el.setAttribute('src', e.url);
    else el.src = e.url;
  } else if (e.kind === 'iframe' || e.kind === 'bl-iframe') {
    el = document.createElement('iframe');
    el.width = '200';
    el.height = '100';
    if (e.kind === 'iframe') {
      el.setAttribute('data-consent', e.consent);
      el.setAttribute('data-src', e.url);
    } else el.src = e.url;
  } else {
    el = document.createElement('img');
    el.width = 1;
    el.height = 1;
    el.alt = '';
    el.onload = function () { __loaded(e.name); };
    el.setAttribute('data-consent', e.consent);
    el.setAttribute('data-src', e.url);
  }
  return el;
}`;

/** What the page has run so far, for the test to see what ran while the config was pending. */
const SNAPSHOT = `window.__fuzzSnapshot = function () {
  return { ran: Object.assign({}, window.__ran), frames: Object.assign({}, window.__frames), loads: Object.assign({}, window.__loads) };
};`;

/** Every fourth static script goes in <head>, the rest among paragraphs in <body>. */
function placeStatics(elements: Gated[]): { head: Gated[]; body: Gated[] } {
  const statics = elements.filter((e) => e.phase === 'static');
  const head = statics.filter((e, i) => i % 4 === 0 && !e.kind.includes('iframe') && e.kind !== 'pixel');
  return { head, body: statics.filter((e) => !head.includes(e)) };
}

/** The config as the page gives it; a fetched one gets its mode from the loader, an npm one its services as definitions. */
function configOf(variant: Variant): object {
  return variant.mode === 'opt-out' && !isFetched(variant) ? { ...CONFIG, mode: 'opt-out' } : CONFIG;
}

const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** How the page loads Consentry: the loader with an inline or a fetched config, or two npm instances. */
function loaderMarkup(variant: Variant): string {
  const config = json(configOf(variant));
  if (variant.source === 'inline') return `<script type="application/json" id="consentry-config">${config}</script>\n<script src="/dist/consentry.js"></script>`;
  if (variant.source === 'npm') {
    return `<script src="/__gating-fuzz/npm.js"></script>
<script>window.__fuzzConfig = Object.assign(${config}, { services: window.__fuzzServices });
window.__instances = { a: createConsent(window.__fuzzConfig), b: createConsent(window.__fuzzConfig) };</script>`;
  }
  // window.Consentry answers at once; onAllowed('essential') fires as soon as the instance exists.
  return `<script src="/dist/consentry.js" data-config="/__gating-fuzz/config/${variant.seed}/${variant.index}.json"${variant.mode === 'opt-out' ? ' data-mode="opt-out"' : ''}></script>
<script>Consentry.onAllowed('essential', function () { window.__fuzzArrived = true; __fuzzSignal('arrived'); });</script>`;
}

function render(variant: Variant): string {
  const { head, body } = placeStatics(variant.elements);
  const specs = {
    dyn: variant.elements.filter((e) => e.phase === 'dyn'),
    late: variant.elements.filter((e) => e.phase === 'late'),
  };
  // The config is answered while the parser stands here: a first-party script the test answers
  // once the instance exists holds the parser until then.
  const hold = `<script>__fuzzSignal('release', __fuzzSnapshot());</script>\n<script src="/__gating-fuzz/wait/${variant.seed}/${variant.index}.js"></script>\n`;
  const holdAt = (i: number) => (variant.arrival === i ? hold : '');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>gating variant ${variant.index}</title>
${loaderMarkup(variant)}
<script>${SNAPSHOT}</script>
${head.map(staticMarkup).join('\n')}
</head><body>
<h1>Variant ${variant.index}</h1>
${body.map((e, i) => `${holdAt(i)}<p>Paragraph ${i}</p>\n${staticMarkup(e)}`).join('\n')}
${holdAt(body.length)}<div id="dyn"></div><div id="late"></div>
<script>window.__fuzzSpecs = ${json(specs)};${BUILDER}</script>
</body></html>`;
}

/** Every element in document order: head, body, then the dynamic and late containers. */
function documentOrder(variant: Variant): Gated[] {
  const { head, body } = placeStatics(variant.elements);
  return [...head, ...body, ...variant.elements.filter((e) => e.phase === 'dyn'), ...variant.elements.filter((e) => e.phase === 'late')];
}

function describe(variant: Variant): string {
  const d = variant.decision;
  const decision = d.type === 'custom' ? `custom${JSON.stringify(d.choices)}` : d.type;
  const life = variant.lifecycle;
  const source =
    variant.source === 'npm'
      ? `npm(${life && life.kind !== 'none' ? `${life.kind} ${life.first} first, ${life.at}` : 'both live'})`
      : isFetched(variant)
        ? `${variant.source}(arrives ${typeof variant.arrival === 'number' ? `before body static #${variant.arrival}` : variant.arrival})`
        : 'inline';
  const els = documentOrder(variant).map(
    (e) =>
      `${e.name}:${e.phase}/${e.kind}${e.consent ? `(${e.consent})` : ''}${e.async ? '+async' : ''}${e.defer ? '+defer' : ''}` +
      `${e.module ? '+module' : ''}${e.ordered ? '+async=false' : ''}${e.srcAttr ? '+src' : ''}${isService(e) ? '+service' : ''}` +
      `${e.listed ? `+listed(${e.listed})` : ''}` +
      `${e.via && e.via !== 'dom' ? `+${e.via}` : ''}`,
  );
  const steps = plan(variant)
    .map((s) => (s.op === 'insert' ? `insert ${s.phase}` : s.op === 'decide' ? `decide${s.by ? ` via ${s.by}` : ''}` : s.op === 'destroy' || s.op === 'create' ? `${s.op} ${s.name}` : s.op === 'parse' ? `parse ${s.part}` : s.op))
    .join(' → ');
  return (
    `${source} mode=${variant.mode} stored=${variant.stored ? JSON.stringify(variant.stored) : 'none'} ` +
    `gpc=${variant.gpc ? (variant.lateGpc ? 'late' : 1) : 0} decision=${decision}\n    steps: ${steps}\n    [${els.join(', ')}]`
  );
}

// ---------------------------------------------------------------------------------------------
// Running a variant.

interface Failure {
  index: number;
  kind: 'leak' | 'ran-denied' | 'missing' | 'duplicate' | 'order' | 'state' | 'pending' | 'gpc' | 'console' | 'page-error' | 'error';
  detail: string;
}

type Snapshot = { ran: Record<string, number>; frames: Record<string, number>; loads: Record<string, number> };

/** A config file held back until the page's run reaches its moment. */
interface ConfigHold {
  /** `seed/index` of the variant it answers. */
  key: string;
  fails: boolean;
  pending: boolean;
  release(snapshot?: Snapshot): void;
  released: Promise<void>;
  arrive(): void;
  arrived: Promise<void>;
  /** What the page had run when the config was released. */
  snapshot?: Snapshot;
  /** Requests, by name, that went out while the config was pending. */
  requests: Map<string, number>;
}

function holdConfig(variant: Variant): ConfigHold {
  let release!: () => void;
  let arrive!: () => void;
  const hold: ConfigHold = {
    key: `${variant.seed}/${variant.index}`,
    fails: variant.source === 'failed',
    pending: true,
    released: new Promise<void>((resolve) => (release = resolve)),
    arrived: new Promise<void>((resolve) => (arrive = resolve)),
    release(snapshot) {
      if (!hold.pending) return;
      hold.pending = false;
      hold.snapshot = snapshot;
      release();
    },
    arrive: () => arrive(),
    requests: new Map(),
  };
  return hold;
}

/**
 * One tab of a batch. The tabs of a batch share one browser context and take variants in turn,
 * each on its own host (fuzz-<k>.test, resolved to the local server), so their decision cookies,
 * storage and tab sync never meet.
 */
interface Lane {
  page: Page;
  origin: string;
  host: string;
  errors: Error[];
  /** `[consentry]` errors the page logged. */
  consoleErrors: string[];
  /** The config file of the variant this lane runs, if it has one. */
  hold: ConfigHold | null;
  /** Decision cookies made once on this host, by choices, to be stored before a variant. */
  stored: Map<string, Cookie>;
}

/** The name a generated tracker or service URL reports itself by. */
function nameOf(url: string): string {
  const parsed = new URL(url);
  return parsed.searchParams.get('name') ?? parsed.searchParams.get('cn') ?? '';
}

/** A decision made on an earlier visit to the lane's host: the cookie a page made for it. */
async function storedCookie(v: Visitor, lane: Lane, choices: Choices): Promise<Cookie> {
  const key = JSON.stringify(choices);
  const known = lane.stored.get(key);
  if (known) return known;
  await lane.page.goto(`${lane.origin}/__gating-fuzz/earlier-visit.html`);
  await lane.page.waitForFunction(() => window.__consentryEvents?.some((event) => event.type === 'ready'));
  await lane.page.evaluate((c) => (window as unknown as { Consentry: { save(x: object): void } }).Consentry.save(c), choices);
  // The page's cookie write reaches the browser's store a moment later.
  let cookie: Cookie | undefined;
  await expect
    .poll(async () => (cookie = (await v.context.cookies(lane.origin)).find((c) => c.name === 'consentry')), { message: 'the earlier visit stores its decision cookie' })
    .toBeDefined();
  if (!cookie) throw new Error('the earlier visit stored no decision cookie');
  await v.context.clearCookies({ domain: lane.host });
  lane.stored.set(key, cookie);
  return cookie;
}

async function runVariant(v: Visitor, lane: Lane, variant: Variant): Promise<Failure[]> {
  const { page, origin } = lane;
  const failures: Failure[] = [];
  const fail = (kind: Failure['kind'], detail: string) => failures.push({ index: variant.index, kind, detail });
  const { s1 } = stateAfter(variant);
  const steps = plan(variant);
  const fates = simulate(variant, steps);
  const fateOf = (el: Gated) => fates.get(el)!;
  const prefix = `v${variant.index}-`;
  const sentinel = `${prefix}sentinel`;
  const errorsBefore = lane.errors.length;
  const consoleBefore = lane.consoleErrors.length;
  const requestsBefore = v.requests.length;

  if (variant.stored) await v.context.addCookies([await storedCookie(v, lane, variant.stored)]);
  lane.hold = isFetched(variant) ? holdConfig(variant) : null;
  await page.setExtraHTTPHeaders(variant.gpc && !variant.lateGpc ? { 'Sec-GPC': '1' } : {});
  const gpcQuery = variant.gpc ? (variant.lateGpc ? '?lategpc=1' : '?gpc=1') : '';
  // consentry:ready comes at DOMContentLoaded; the load event would also wait for frames and pixels.
  await page.goto(`${origin}/__gating-fuzz/${variant.seed}/${variant.index}.html${gpcQuery}`, { waitUntil: 'commit' });
  const expected = variant.elements.filter((e) => fateOf(e).at !== null);
  // One round trip per variant: the page takes the steps (waiting for consentry:ready, inserting,
  // releasing the config, deciding, destroying and creating instances), waits for the outcome
  // itself, then reports everything at once.
  const outcome = await page
    .evaluate(
      async ({ steps, decision, sentinel, items, quietMs }) => {
        type Instance = { acceptAll(): void; rejectAll(): void; save(c: object): void; destroy(): void; getState(): { categories: Record<string, boolean> } };
        const w = window as unknown as Record<string, Record<string, number> | undefined> & {
          __fuzz: { insert(phase: string): void };
          __consentryEvents?: Array<{ type: string }>;
          __fuzzArrived?: boolean;
          __fuzzSignal(kind: string, snapshot?: unknown): Promise<void>;
          __fuzzSnapshot(): unknown;
          __fuzzConfig: object;
          __instances: Record<string, Instance>;
          createConsent(config: object): Instance;
          Consentry: Instance;
        };
        const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
        const deadline = performance.now() + 15_000;
        const until = async (done: () => boolean | undefined, what: string) => {
          while (!done()) {
            if (performance.now() > deadline) throw new Error(`${what} within 15 s`);
            await sleep(5);
          }
        };
        const ran = (item: { name: string; where: string }) => (w[`__${item.where}`]?.[item.name] ?? 0) >= 1;
        const same = (a: Instance, b: Instance) => JSON.stringify(a.getState().categories) === JSON.stringify(b.getState().categories);
        // What ran so far ran under the state and the gates of then: what follows comes after.
        const settle = async (items: Array<{ name: string; where: string }>) => {
          const settled = performance.now() + 5_000;
          while (!items.every(ran) && performance.now() < settled) await sleep(5);
        };
        let decider: Instance | undefined;
        for (const step of steps) {
          if (step.op === 'ready') await until(() => w.__consentryEvents?.some((event) => event.type === 'ready'), 'consentry:ready was not dispatched');
          else if (step.op === 'parsed') await until(() => document.readyState !== 'loading', 'the document was not parsed');
          else if (step.op === 'release') {
            if (w.__fuzzArrived) throw new Error('the config arrived before it was answered');
            await w.__fuzzSignal('release', w.__fuzzSnapshot());
            await until(() => w.__fuzzArrived, 'the instance was not created');
          } else if (step.op === 'insert') {
            w.__fuzz.insert(step.phase);
            // Let the MutationObservers see the new elements under the current state first.
            await sleep(0);
          } else if (step.op === 'decide') {
            await settle(step.settle);
            const by = step.by ? w.__instances[step.by] : w.Consentry;
            decider = by;
            if (decision.type === 'acceptAll') by.acceptAll();
            else if (decision.type === 'rejectAll') by.rejectAll();
            else if (decision.type === 'custom') by.save(decision.choices);
            // The other instances read the decision from the cookie (within a second).
            await until(() => step.sync.every((name) => same(w.__instances[name], by)), 'the other instances did not read the decision');
          } else if (step.op === 'destroy' || step.op === 'create') {
            await settle(step.settle);
            if (step.op === 'destroy') w.__instances[step.name].destroy();
            else w.__instances[step.name] = w.createConsent(w.__fuzzConfig);
          }
        }
        // Last of all, an unlisted script: once it ran, anything released before it was requested.
        const last = document.createElement('script');
        last.src = `http://free.tracker.test/g/run.js?name=${sentinel}`;
        document.body.appendChild(last);

        // Done when everything allowed has run; or, when something never does, once the sentinel
        // ran and nothing has changed (runs, frame and pixel loads, finished resources) for quietMs.
        const count = (x?: Record<string, number>) => Object.values(x ?? {}).reduce((a, b) => a + b, 0);
        // Quiet means both: quietMs of wall time and 20 polls of this page's own event loop, so a
        // renderer starved by a busy machine does not count as a page with nothing left to do.
        let progress = { sum: -1, at: 0, polls: 0 };
        while (performance.now() < deadline) {
          if (items.every(ran)) break;
          if (w.__ran?.[sentinel]) {
            const sum = count(w.__ran) + count(w.__frames) + count(w.__loads) + performance.getEntriesByType('resource').length;
            if (sum !== progress.sum) progress = { sum, at: performance.now(), polls: 0 };
            else if (++progress.polls >= 20 && performance.now() - progress.at >= quietMs) break;
          }
          await sleep(10);
        }
        // A duplicate run, or a request released with the last ones, gets a moment to show.
        await sleep(30);
        return {
          categories: (decider ?? (w.__instances ? Object.values(w.__instances)[0] : w.Consentry)).getState().categories,
          ran: { ...w.__ran },
          order: [...((window as unknown as { __order?: string[] }).__order ?? [])],
          frames: { ...w.__frames },
          loads: { ...w.__loads },
        };
      },
      { steps, decision: variant.decision, sentinel, items: [...expected.map(probe), { name: sentinel, where: 'ran' as const }], quietMs: QUIET_MS },
    )
    // Never leave a route waiting on a variant that stopped.
    .finally(() => {
      lane.hold?.release();
      lane.hold?.arrive();
    });
  for (const c of OPTIONAL) {
    const actual = outcome.categories[c];
    if (actual !== s1[c]) fail('state', `${c} is ${actual} after the decision, the model says ${s1[c]}`);
  }
  const countRequests = () => {
    const counts = new Map<string, number>();
    for (const r of v.requests.slice(requestsBefore)) {
      if (!r.url.includes(prefix)) continue;
      const name = nameOf(r.url);
      if (name.startsWith(prefix)) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    return counts;
  };
  const runsOf = (el: Gated, x: typeof outcome) =>
    el.kind.includes('iframe') ? (x.frames[el.name] ?? 0) : el.kind === 'pixel' ? (x.loads[el.name] ?? 0) : (x.ran[el.name] ?? 0);
  let fx = outcome;
  let requested = countRequests();
  // The page stops waiting when nothing moves for QUIET_MS; on a busy machine a response can
  // take longer than that. While an allowed element was requested but has not run yet (and the
  // gate activates one blocking script at a time, so the rest wait behind it), wait on.
  const inFlight = () => expected.some((el) => runsOf(el, fx) === 0 && (requested.get(el.name) ?? 0) > preloadOf(el, fateOf(el)));
  for (const until = Date.now() + 8_000; expected.some((el) => runsOf(el, fx) === 0) && inFlight() && Date.now() < until; ) {
    await page.waitForTimeout(50);
    fx = { ...fx, ...(await page.evaluate(() => ({
      ran: { ...(window.__ran ?? {}) },
      order: [...(window.__order ?? [])],
      frames: { ...(window.__frames ?? {}) },
      loads: { ...(window.__loads ?? {}) },
    }))) };
    requested = countRequests();
  }

  const needsMarketing = (el: Gated) => (requirementOf(el, variant) ?? '').split(' ').includes('marketing') || listedOf(el, variant) === 'marketing';
  for (const el of variant.elements) {
    const fate = fateOf(el);
    const runs = runsOf(el, fx);
    const requests = requested.get(el.name) ?? 0;
    const preload = preloadOf(el, fate);
    const label = `${el.name} (${el.phase} ${el.kind}${el.consent ? ` "${el.consent}"` : ''})`;
    if (fate.at === null) {
      if (requests > preload) fail('leak', `${label} was requested ${requests}× though never allowed`);
      if (runs > 0) fail('ran-denied', `${label} ran ${runs}× though never allowed`);
    } else if (runs === 0) {
      fail('missing', `${label} never ran (requested ${requests}×) though the model runs it at step ${fate.at}`);
    } else {
      if (runs > 1) fail('duplicate', `${label} ran ${runs}×`);
      if (el.kind !== 'inline' && (requests < 1 || requests > 1 + preload)) fail('duplicate', `${label} was requested ${requests}×`);
    }
    // Under GPC nothing that needs marketing goes out, whatever was stored or decided.
    if (variant.gpc && fate.guarded && needsMarketing(el) && (requests > preload || runs > 0)) {
      fail('gpc', `${label} was requested ${requests}× and ran ${runs}× under GPC`);
    }
  }

  // While the config file was pending, nothing ran and only early requests went out.
  const hold = lane.hold;
  if (hold) {
    const early = hold.snapshot ?? { ran: {}, frames: {}, loads: {} };
    for (const el of variant.elements) {
      const runs = (early.ran[el.name] ?? 0) + (early.frames[el.name] ?? 0) + (early.loads[el.name] ?? 0);
      const requests = hold.requests.get(el.name) ?? 0;
      // The preload scanner reads ahead of a parser held before the body's end.
      const allowance = el.phase === 'static' && !isTagged(el) ? 1 : 0;
      if (runs > 0 || requests > allowance) fail('pending', `${el.name} (${el.phase} ${el.kind}) ran ${runs}× and was requested ${requests}× while the config was pending`);
    }
  }

  // Document order, step by step: what a step releases runs after what earlier steps released.
  const order = documentOrder(variant);
  const ordered = order
    .filter((e) => isScript(e) && fateOf(e).at !== null && isOrdered(e, fateOf(e)))
    .sort((a, b) => fateOf(a).at! - fateOf(b).at! || order.indexOf(a) - order.indexOf(b));
  const position = new Map(fx.order.map((n, i) => [n, i] as const));
  const show = (e: Gated) => `${e.name}(${e.phase} ${e.kind} @${fateOf(e).at})`;
  const inversions: string[] = [];
  ordered.forEach((a, i) => {
    for (const b of ordered.slice(i + 1)) {
      // A script another script inserts with async = false keeps its place among external
      // scripts only: an inline script inserted after it runs at once, with or without a gate.
      if (a.kind === 'bl-script' && a.phase !== 'static' && b.kind === 'inline') continue;
      const [pa, pb] = [position.get(a.name), position.get(b.name)];
      if (pa !== undefined && pb !== undefined && pb < pa) inversions.push(`${show(b)} ran before ${show(a)}`);
    }
  });
  if (inversions.length) {
    fail('order', `${inversions.slice(0, 3).join('; ')}; expected [${ordered.map(show).join(', ')}], ran [${fx.order.join(', ')}]`);
  }
  for (const error of lane.errors.slice(errorsBefore)) fail('page-error', error.message);
  for (const text of lane.consoleErrors.slice(consoleBefore)) {
    if (!(variant.source === 'failed' && text.startsWith('[consentry] data-config') && text.includes('HTTP 404'))) fail('console', text);
  }
  if (variant.source === 'failed' && !lane.consoleErrors.slice(consoleBefore).some((text) => text.includes('HTTP 404'))) {
    fail('console', 'the failed config fetch was not reported');
  }

  await v.context.clearCookies({ domain: new RegExp(`${lane.host.replace(/\./g, '\\.')}$`) });
  return failures;
}

// ---------------------------------------------------------------------------------------------

const perBatch = Math.ceil(VARIANTS / BATCHES);
/** The npm app, bundled once per worker. */
let npmBundle: Promise<string> | undefined;

/** Answers the lane's /__gating-fuzz/ URLs: variant pages, config files, the parser's hold, the npm app. */
function serveFuzz(lane: Lane, app: string) {
  const js = (route: Route, body: string | Buffer) =>
    route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', headers: { 'cache-control': 'no-store' }, body });
  return async (route: Route) => {
    const path = new URL(route.request().url()).pathname.replace('/__gating-fuzz/', '');
    if (path === 'npm.js') return js(route, app);
    if (path === 'earlier-visit.html') {
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><head><title>An earlier visit</title><script type="application/json" id="consentry-config">${json(CONFIG)}</script><script src="/dist/consentry.js"></script></head><body></body></html>`,
      });
    }
    const match = /^(config|wait)?\/?(\d+)\/(\d+)\.(html|json|js)$/.exec(path);
    if (!match) return route.fulfill({ status: 404, body: 'no such file' });
    const [, what, seed, index] = match;
    const hold = lane.hold;
    const current = hold?.key === `${seed}/${index}` ? hold : null;
    // Answered late, to a page that may be gone: nothing to do then.
    const late = (reply: () => Promise<void>) => reply().catch(() => {});
    if (what === 'config') {
      if (!current) return late(() => route.fulfill({ status: 404, body: 'not this variant' }));
      await current.released;
      return late(() => (current.fails ? route.fulfill({ status: 404, body: 'not found' }) : route.fulfill({ json: CONFIG })));
    }
    if (what === 'wait') {
      await current?.arrived;
      return late(() => js(route, '/* the config has arrived */'));
    }
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: render(generate(Number(seed), Number(index))) });
  };
}

for (let b = 0; b < BATCHES; b++) {
  const SEED = SEEDS[b];
  const random = b === BATCHES - 1;
  test(`fuzz batch ${b + 1}/${BATCHES}: ${random ? 'this run’s random seed' : `seed ${SEED}`}, variants 0–${perBatch - 1} hold every denied element and run every allowed one once, in order`, async ({
    visitor,
    baseURL,
  }) => {
    test.skip(ONLY !== null && !random, 'GATING_ONLY replays a variant of GATING_SEED, in the last batch');
    test.setTimeout(Math.max(180_000, perBatch * 2_500));
    console.log(`seed=${SEED} batch=${b + 1}/${BATCHES} variants=0..${perBatch - 1}`);
    test.info().annotations.push({ type: 'seed', description: `seed=${SEED}` });

    const v = await visitor();
    await useGatedTrackers(v.context);
    await useServiceHosts(v.context);
    // GPC per variant in one context: the page's ?gpc=1 turns the property on before the SDK
    // runs, ?lategpc=1 at DOMContentLoaded, before the SDK's own listener (as an extension may);
    // the Sec-GPC header is set per navigation (setExtraHTTPHeaders).
    await v.context.addInitScript(() => {
      const query = new URLSearchParams(location.search);
      const on = () => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true, enumerable: true });
      if (query.has('gpc')) on();
      if (query.has('lategpc')) document.addEventListener('DOMContentLoaded', on);
    });
    // The built files, read once and served from memory: the same bytes through the same
    // <script src="/dist/consentry.js"> tag, without a trip to the file server per variant. The
    // UI file comes from the same place: fetched from the file server, the page of a route
    // (public to Chromium) could not reach it on the loopback (Private Network Access).
    const built = new Map<string, Buffer>();
    const serveBuilt = (route: Route) => {
      const file = new URL(route.request().url()).pathname.replace('/dist/', '');
      const path = new URL(`../dist/${file}`, import.meta.url);
      if (!/^[\w.-]+\.js$/.test(file) || !existsSync(path)) return route.fulfill({ status: 404, body: 'not found' });
      if (!built.has(file)) built.set(file, readFileSync(path));
      return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', headers: { 'cache-control': 'no-store' }, body: built.get(file) });
    };
    const app = await (npmBundle ??= bundleApp(NPM_APP));
    const port = new URL(baseURL ?? 'http://127.0.0.1:4173').port;
    const lanes: Lane[] = [];
    for (let k = 0; k < LANES; k++) {
      const page = k === 0 ? v.page : await v.context.newPage();
      const host = `fuzz-${k}.test`;
      const lane: Lane = { page, host, origin: `http://${host}${port ? `:${port}` : ''}`, errors: [], consoleErrors: [], hold: null, stored: new Map() };
      page.on('pageerror', (error) => lane.errors.push(error));
      page.on('console', (message) => {
        if (message.type() === 'error' && message.text().startsWith('[consentry]')) lane.consoleErrors.push(message.text());
      });
      // The page tells when it releases the config (with what it ran so far) and when the instance
      // exists; a page the lane has left behind tells nothing.
      await page.exposeBinding('__fuzzSignal', (source, kind: string, snapshot?: Snapshot) => {
        const hold = lane.hold;
        if (!hold || !source.frame.url().includes(`/__gating-fuzz/${hold.key}.html`)) return;
        if (kind === 'release') hold.release(snapshot);
        else if (kind === 'arrived') hold.arrive();
      });
      // Counts requests made while the config is pending, then lets the context's routes answer.
      const notePending = (route: Route) => {
        const hold = lane.hold;
        if (hold?.pending) {
          const name = nameOf(route.request().url());
          hold.requests.set(name, (hold.requests.get(name) ?? 0) + 1);
        }
        return route.fallback();
      };
      await page.route(/^https?:\/\/[^/]+\.tracker\.test(:\d+)?\/g\//, notePending);
      await page.route(/^https?:\/\/(connect\.facebook\.net|www\.google-analytics\.com)\//, notePending);
      await page.route(`${lane.origin}/dist/*.js`, serveBuilt);
      await page.route(`${lane.origin}/__gating-fuzz/**`, serveFuzz(lane, app));
      lanes.push(lane);
    }

    const failures: Failure[] = [];
    const variants: Variant[] = [];
    const started = Date.now();
    const queue: number[] = [];
    for (let index = 0; index < perBatch; index++) if (ONLY === null || index === ONLY) queue.push(index);
    await Promise.all(
      lanes.map(async (lane) => {
        for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
          const variant = generate(SEED, index);
          variants.push(variant);
          try {
            failures.push(...(await runVariant(v, lane, variant)));
          } catch (error) {
            failures.push({ index, kind: 'error', detail: `the variant did not complete: ${(error as Error).message.split('\n')[0]}` });
          }
        }
      }),
    );
    failures.sort((a, b) => a.index - b.index);
    variants.sort((a, b) => a.index - b.index);
    const bySource = new Map<string, number>();
    for (const variant of variants) bySource.set(variant.source, (bySource.get(variant.source) ?? 0) + 1);
    console.log(
      `seed=${SEED} batch=${b + 1}: ${variants.length} variants (${[...bySource].map(([k, n]) => `${k} ${n}`).join(', ')}) in ${Date.now() - started} ms, ${failures.length} failures`,
    );

    const byKind = new Map<string, number>();
    for (const f of failures) byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
    const failedVariants = [...new Set(failures.map((f) => f.index))];
    const shown = failedVariants.slice(0, 6).map((index) => {
      const variant = variants.find((x) => x.index === index)!;
      const lines = failures.filter((f) => f.index === index).map((f) => `    ${f.kind}: ${f.detail}`);
      return `  variant ${index}: ${describe(variant)}\n${lines.join('\n')}\n    rerun: GATING_SEED=${SEED} GATING_ONLY=${index} npx playwright test e2e/gating-fuzz.spec.ts`;
    });
    expect(
      failures,
      `seed=${SEED}: ${failedVariants.length} of ${variants.length} variants failed ` +
        `(${[...byKind].map(([k, n]) => `${k}: ${n}`).join(', ')})\n${shown.join('\n')}`,
    ).toEqual([]);
  });
}
