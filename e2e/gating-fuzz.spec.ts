// A randomized test over at least 300 page variants per run: 80 from each of three fixed seeds and
// 80 from a random seed, logged. Each variant
// mixes static, dynamic (added after load, before the decision) and late (added after it)
// elements: tagged scripts (external, inline, async, defer, module), untagged
// blocklisted scripts and iframes (config blocklist and catalogue services), tagged iframes and
// pixels, with random requirements (one or two categories, `!` negations), GPC on or off, and a
// random decision made through window.Consentry. Dynamic elements are built with createElement
// (src setter or setAttribute), written with insertAdjacentHTML or parsed with
// Range.createContextualFragment. For each variant it asserts, against a model of docs/gating.md
// and docs/gpc-and-dnt.md:
//   - no URL of an element whose requirement was never met was requested (an untagged script or
//     iframe written in the HTML may be requested once before any script can see it) and none
//     of them ran;
//   - every element whose requirement was met while it was in the page ran exactly once;
//   - non-async scripts ran in document order, batch by batch (at load, on the decision, late);
//   - the effective state matches the model (GPC denies marketing whatever the decision).
// Run one seed again:   GATING_SEED=<n> npx playwright test e2e/gating-fuzz.spec.ts (it replaces the random one)
// Run one variant:      GATING_SEED=<n> GATING_ONLY=<index> npx playwright test e2e/gating-fuzz.spec.ts
// Variants per run:     GATING_VARIANTS=<n> (default 320, split over the BATCHES seeds).
//
// Dynamic elements are appended after every static one, so insertion order is document order.
// Not generated: document.write, setAttributeNS/setAttributeNode and innerHTML on existing
// elements, which blocklist.spec.ts covers one by one.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, type Visitor } from './helpers';
import { useGatedTrackers, useServiceHosts } from './gating-helpers';
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

type Decision = { type: 'none' } | { type: 'acceptAll' } | { type: 'rejectAll' } | { type: 'custom'; choices: Record<Optional, boolean> };

interface Variant {
  seed: number;
  index: number;
  gpc: boolean;
  decision: Decision;
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
const CONFIG = {
  revision: 1,
  blocklist: Object.fromEntries(OPTIONAL.map((c) => [c, [BLOCKLIST_HOST[c]]])),
  services: ['meta-pixel', 'google-analytics'],
};

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
  return { seed, index, gpc, decision, elements };
}

// ---------------------------------------------------------------------------------------------
// The model: docs/gating.md and docs/gpc-and-dnt.md.

function stateAfter(variant: Variant): { s0: State; s1: State } {
  const s0: State = { essential: true, functional: false, analytics: false, marketing: false };
  const d = variant.decision;
  const chosen: Record<Optional, boolean> =
    d.type === 'acceptAll'
      ? { functional: true, analytics: true, marketing: true }
      : d.type === 'custom'
        ? d.choices
        : { functional: false, analytics: false, marketing: false };
  // GPC opts out of marketing whatever the choice (docs/gpc-and-dnt.md); no override is configured.
  const s1: State = d.type === 'none' ? s0 : { essential: true, ...chosen, marketing: chosen.marketing && !variant.gpc };
  return { s0, s1 };
}

function satisfied(consent: string, state: State): boolean {
  return consent
    .trim()
    .split(/\s+/)
    .every((token) => (token.startsWith('!') ? !state[token.slice(1) as Cat] : state[token as Cat]));
}

/** When the element is first allowed while it is in the page: 0 at load, 1 on the decision, null never. */
function allowedAt(el: Gated, s0: State, s1: State): 0 | 1 | null {
  if (el.kind === 'free') return 0;
  if (isInert(el)) return null;
  if (el.phase !== 'late' && satisfied(el.consent, s0)) return 0;
  return satisfied(el.consent, s1) ? 1 : null;
}

/** An untagged script written with insertAdjacentHTML: browsers never run those, gate or not. */
const isInert = (el: Gated) => el.kind === 'bl-script' && el.via === 'html';

const isScript = (el: Gated) => el.kind === 'script' || el.kind === 'inline' || el.kind === 'bl-script' || el.kind === 'free';
/**
 * Scripts the gate must activate in document order: not async, and held by the gate. A late
 * untagged script is not held when its category is already granted (the browser runs it as
 * any inserted script), so it has no place in the gate's order.
 */
const isOrdered = (el: Gated) =>
  el.kind === 'script'
    ? !el.async
    : el.kind === 'inline'
      ? true
      : el.kind === 'bl-script'
        ? el.phase === 'static'
          ? !el.async
          : el.phase === 'dyn' && el.via === 'dom' && !!el.ordered
        : false;

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

/** Every fourth static script goes in <head>, the rest among paragraphs in <body>. */
function placeStatics(variant: Variant): { head: Gated[]; body: Gated[] } {
  const statics = variant.elements.filter((e) => e.phase === 'static');
  const head = statics.filter((e, i) => i % 4 === 0 && !e.kind.includes('iframe') && e.kind !== 'pixel');
  return { head, body: statics.filter((e) => !head.includes(e)) };
}

function render(variant: Variant): string {
  const { head, body } = placeStatics(variant);
  const specs = {
    dyn: variant.elements.filter((e) => e.phase === 'dyn'),
    late: variant.elements.filter((e) => e.phase === 'late'),
  };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>gating variant ${variant.index}</title>
<script type="application/json" id="consentry-config">${JSON.stringify(CONFIG)}</script>
<script src="/dist/consentry.js"></script>
${head.map(staticMarkup).join('\n')}
</head><body>
<h1>Variant ${variant.index}</h1>
${body.map((e, i) => `<p>Paragraph ${i}</p>\n${staticMarkup(e)}`).join('\n')}
<div id="dyn"></div><div id="late"></div>
<script>window.__fuzzSpecs = ${JSON.stringify(specs).replace(/</g, '\\u003c')};${BUILDER}</script>
</body></html>`;
}

/** Every element in document order: head, body, then the dynamic and late containers. */
function documentOrder(variant: Variant): Gated[] {
  const { head, body } = placeStatics(variant);
  return [...head, ...body, ...variant.elements.filter((e) => e.phase === 'dyn'), ...variant.elements.filter((e) => e.phase === 'late')];
}

function describe(variant: Variant): string {
  const d = variant.decision;
  const decision = d.type === 'custom' ? `custom${JSON.stringify(d.choices)}` : d.type;
  const els = documentOrder(variant).map(
    (e) =>
      `${e.name}:${e.phase}/${e.kind}${e.consent ? `(${e.consent})` : ''}${e.async ? '+async' : ''}${e.defer ? '+defer' : ''}` +
      `${e.module ? '+module' : ''}${e.ordered ? '+async=false' : ''}${e.srcAttr ? '+src' : ''}${e.url.startsWith('https') ? '+service' : ''}` +
      `${e.via && e.via !== 'dom' ? `+${e.via}` : ''}`,
  );
  return `gpc=${variant.gpc ? 1 : 0} decision=${decision} [${els.join(', ')}]`;
}

// ---------------------------------------------------------------------------------------------
// Running a variant.

interface Failure {
  index: number;
  kind: 'leak' | 'ran-denied' | 'missing' | 'duplicate' | 'order' | 'state' | 'page-error' | 'error';
  detail: string;
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
}

async function runVariant(v: Visitor, lane: Lane, variant: Variant): Promise<Failure[]> {
  const { page, origin } = lane;
  const failures: Failure[] = [];
  const fail = (kind: Failure['kind'], detail: string) => failures.push({ index: variant.index, kind, detail });
  const { s0, s1 } = stateAfter(variant);
  const when = new Map(variant.elements.map((e) => [e.name, allowedAt(e, s0, s1)]));
  const prefix = `v${variant.index}-`;
  const sentinel = `${prefix}sentinel`;
  const errorsBefore = lane.errors.length;

  await page.setExtraHTTPHeaders(variant.gpc ? { 'Sec-GPC': '1' } : {});
  // consentry:ready comes at DOMContentLoaded; the load event would also wait for frames and pixels.
  await page.goto(`${origin}/__gating-fuzz/${variant.seed}/${variant.index}.html${variant.gpc ? '?gpc=1' : ''}`, { waitUntil: 'commit' });
  const expected = variant.elements.filter((e) => when.get(e.name) !== null);
  const probe = (el: Gated) => ({ name: el.name, where: el.kind.includes('iframe') ? 'frames' : el.kind === 'pixel' ? 'loads' : 'ran' });
  // One round trip per variant: the page waits for consentry:ready, inserts, decides, inserts
  // again and waits for the outcome itself, then reports everything at once.
  const outcome = await page.evaluate(
    async ({ decision, sentinel, items, quietMs }) => {
      const w = window as unknown as Record<string, Record<string, number> | undefined> & {
        __fuzz: { insert(phase: string): void };
        __consentryEvents?: Array<{ type: string }>;
        Consentry: { acceptAll(): void; rejectAll(): void; save(c: object): void; getState(): { categories: Record<string, boolean> } };
      };
      const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      const deadline = performance.now() + 10_000;
      while (!w.__consentryEvents?.some((event) => event.type === 'ready')) {
        if (performance.now() > deadline) throw new Error('consentry:ready was not dispatched within 10 s');
        await sleep(5);
      }
      w.__fuzz.insert('dyn');
      // Let the MutationObserver see the dynamic elements under the default state first.
      await sleep(0);
      if (decision.type === 'acceptAll') w.Consentry.acceptAll();
      else if (decision.type === 'rejectAll') w.Consentry.rejectAll();
      else if (decision.type === 'custom') w.Consentry.save(decision.choices);
      w.__fuzz.insert('late');
      const categories = w.Consentry.getState().categories;
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
        if (items.every((item) => (w[`__${item.where}`]?.[item.name] ?? 0) >= 1)) break;
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
        categories,
        ran: { ...w.__ran },
        order: [...((window as unknown as { __order?: string[] }).__order ?? [])],
        frames: { ...w.__frames },
        loads: { ...w.__loads },
      };
    },
    { decision: variant.decision, sentinel, items: [...expected.map(probe), { name: sentinel, where: 'ran' }], quietMs: QUIET_MS },
  );
  for (const c of OPTIONAL) {
    const actual = outcome.categories[c];
    if (actual !== s1[c]) fail('state', `${c} is ${actual} after the decision, the model says ${s1[c]}`);
  }
  const countRequests = () => {
    const counts = new Map<string, number>();
    for (const r of v.requests) {
      if (!r.url.includes(prefix)) continue;
      const url = new URL(r.url);
      const name = url.searchParams.get('name') ?? url.searchParams.get('cn') ?? '';
      if (name.startsWith(prefix)) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    return counts;
  };
  const runsOf = (el: Gated, x: typeof outcome) =>
    el.kind.includes('iframe') ? (x.frames[el.name] ?? 0) : el.kind === 'pixel' ? (x.loads[el.name] ?? 0) : (x.ran[el.name] ?? 0);
  // An untagged script written in the HTML may be fetched by the preload scanner before any
  // script runs (docs/gating.md); an untagged iframe written in the HTML starts loading when the
  // parser inserts it, before a MutationObserver can see it. Each may be requested once early,
  // but must not run.
  const preloadOf = (el: Gated) => ((el.kind === 'bl-script' || el.kind === 'bl-iframe') && el.phase === 'static' ? 1 : 0);
  let fx = outcome;
  let requested = countRequests();
  // The page stops waiting when nothing moves for QUIET_MS; on a busy machine a response can
  // take longer than that. While an allowed element was requested but has not run yet (and the
  // gate activates one blocking script at a time, so the rest wait behind it), wait on.
  const inFlight = () => expected.some((el) => runsOf(el, fx) === 0 && (requested.get(el.name) ?? 0) > preloadOf(el));
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

  for (const el of variant.elements) {
    const at = when.get(el.name);
    const runs = runsOf(el, fx);
    const requests = requested.get(el.name) ?? 0;
    const preload = preloadOf(el);
    const label = `${el.name} (${el.phase} ${el.kind}${el.consent ? ` "${el.consent}"` : ''})`;
    if (at === null) {
      if (requests > preload) fail('leak', `${label} was requested ${requests}× though never allowed`);
      if (runs > 0) fail('ran-denied', `${label} ran ${runs}× though never allowed`);
    } else if (runs === 0) {
      fail('missing', `${label} never ran (requested ${requests}×) though allowed ${at === 0 ? 'at load' : 'on the decision'}`);
    } else {
      if (runs > 1) fail('duplicate', `${label} ran ${runs}×`);
      if (el.kind !== 'inline' && (requests < 1 || requests > 1 + preload)) fail('duplicate', `${label} was requested ${requests}×`);
    }
  }

  // Document order, batch by batch: released at load, on the decision, then the late ones.
  const ordered = documentOrder(variant).filter((e) => isScript(e) && isOrdered(e) && when.get(e.name) !== null);
  const batch = (e: Gated) => (e.phase === 'late' ? 3 : when.get(e.name) === 0 ? (e.phase === 'static' ? 0 : 1) : 2);
  const expectedOrder = [0, 1, 2, 3].flatMap((b) => ordered.filter((e) => batch(e) === b));
  const position = new Map(fx.order.map((n, i) => [n, i] as const));
  const show = (e: Gated) => `${e.name}(${e.phase} ${e.kind})`;
  const inversions: string[] = [];
  expectedOrder.forEach((a, i) => {
    for (const b of expectedOrder.slice(i + 1)) {
      // A script another script inserts with async = false keeps its place among external
      // scripts only: an inline script inserted after it runs at once, with or without a gate.
      if (a.kind === 'bl-script' && a.phase !== 'static' && b.kind === 'inline') continue;
      const [pa, pb] = [position.get(a.name), position.get(b.name)];
      if (pa !== undefined && pb !== undefined && pb < pa) inversions.push(`${show(b)} ran before ${show(a)}`);
    }
  });
  if (inversions.length) {
    fail('order', `${inversions.slice(0, 3).join('; ')}; document order [${expectedOrder.map(show).join(', ')}], ran [${fx.order.join(', ')}]`);
  }
  for (const error of lane.errors.slice(errorsBefore)) fail('page-error', error.message);

  await v.context.clearCookies({ domain: new RegExp(`${lane.host.replace(/\./g, '\\.')}$`) });
  return failures;
}

// ---------------------------------------------------------------------------------------------

const perBatch = Math.ceil(VARIANTS / BATCHES);

for (let b = 0; b < BATCHES; b++) {
  const SEED = SEEDS[b];
  const random = b === BATCHES - 1;
  test(`fuzz batch ${b + 1}/${BATCHES}: ${random ? 'this run’s random seed' : `seed ${SEED}`}, variants 0–${perBatch - 1} hold every denied element and run every allowed one once, in order`, async ({
    visitor,
    baseURL,
  }) => {
    test.skip(ONLY !== null && !random, 'GATING_ONLY replays a variant of GATING_SEED, in the last batch');
    test.setTimeout(180_000);
    console.log(`seed=${SEED} batch=${b + 1}/${BATCHES} variants=0..${perBatch - 1}`);
    test.info().annotations.push({ type: 'seed', description: `seed=${SEED}` });

    const v = await visitor();
    await useGatedTrackers(v.context);
    await useServiceHosts(v.context);
    // GPC per variant in one context: the page's ?gpc=1 turns the property on before the SDK
    // runs; the Sec-GPC header is set per navigation (setExtraHTTPHeaders).
    await v.context.addInitScript(() => {
      if (new URLSearchParams(location.search).has('gpc')) {
        Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true, enumerable: true });
      }
    });
    // The built file, read once and served from memory: the same bytes through the same
    // <script src="/dist/consentry.js"> tag, without a trip to the file server per variant.
    const bundle = readFileSync(new URL('../dist/consentry.js', import.meta.url));
    const port = new URL(baseURL ?? 'http://127.0.0.1:4173').port;
    const lanes: Lane[] = [];
    for (let k = 0; k < LANES; k++) {
      const page = k === 0 ? v.page : await v.context.newPage();
      const host = `fuzz-${k}.test`;
      const lane: Lane = { page, host, origin: `http://${host}${port ? `:${port}` : ''}`, errors: [] };
      page.on('pageerror', (error) => lane.errors.push(error));
      await page.route(`${lane.origin}/dist/consentry.js`, (route) =>
        route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', headers: { 'cache-control': 'no-store' }, body: bundle }),
      );
      await page.route(`${lane.origin}/__gating-fuzz/**`, (route) => {
        const match = /\/__gating-fuzz\/(\d+)\/(\d+)\.html/.exec(route.request().url());
        if (!match) return route.fulfill({ status: 404, body: 'no variant' });
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: render(generate(Number(match[1]), Number(match[2]))) });
      });
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
    console.log(`seed=${SEED} batch=${b + 1}: ${variants.length} variants in ${Date.now() - started} ms, ${failures.length} failures`);

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
