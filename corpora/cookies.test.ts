// corpora/cookies.json through the code that reads the decision cookie, in Node: the browser's
// cookie jar (js-cookie over a `Cookie` header), `pickDecision`, the consent store in opt-out and
// opt-in mode, and `readConsent` of consentry/server. No value is a decision: it is reported,
// and in opt-out mode, whose defaults grant everything, nothing is granted until the person
// decides. Of two values under one name (host and parent domain), the newest valid one is read.
import Cookies from 'js-cookie';
import { afterAll, describe, expect, it } from 'vitest';
import { createCookieJar } from '../src/browser/cookie-jar';
import type { DecisionStorage } from '../src/browser/decision-storage';
import { decodeDecision } from '../src/policy/decision-codec';
import { pickDecision } from '../src/policy/pick-decision';
import type { Reporter } from '../src/policy/reporter';
import { resolveConfig } from '../src/policy/resolve-config';
import { readConsent } from '../src/server';
import { createConsentStore } from '../src/stores/create-consent-store';
import { COOKIE_CASES, cookieValue, isDuplicate, type CookieValueCase, type DuplicateCookieCase } from './corpus';

const NAME = 'consentry';
const DENIED = { essential: true, functional: false, analytics: false, marketing: false };
const SINGLES = COOKIE_CASES.filter((c): c is CookieValueCase => !isDuplicate(c));
const DUPLICATES = COOKIE_CASES.filter(isDuplicate);
let readAsNone = 0;

/** What the page reads from a `Cookie` header, through the same jar the browser build uses. */
function read(header: string) {
  const jar = createCookieJar(Cookies, () => header);
  const errors: string[] = [];
  const report: Reporter = { error: (path, message) => errors.push(`${path}: ${message}`), warn() {} };
  // A cookie storage that works: what matters is the value read, not where it is kept.
  const storage: DecisionStorage = { read: () => jar.getAll(NAME), write() {}, clear() {}, kind: () => 'cookie' };
  const now = Date.now();
  const store = (mode: 'opt-in' | 'opt-out') => createConsentStore({ config: resolveConfig({}, 'www.acme.test'), mode, storage, gpc: false, report, now: () => now }).$state.get();
  return { values: jar.getAll(NAME), optOut: store('opt-out'), optIn: store('opt-in'), errors, now };
}

describe('the cookie corpus', () => {
  it('holds at least 100 malformed, truncated, oversize, future-dated, other-version and tampered values, and duplicates', () => {
    expect(SINGLES.length).toBeGreaterThanOrEqual(100);
    expect(DUPLICATES.filter((c) => c.newest).length).toBeGreaterThanOrEqual(5);
    expect(DUPLICATES.filter((c) => !c.newest).length).toBeGreaterThanOrEqual(3);
  });
});

describe.each(SINGLES)('cookie value: $name', (c) => {
  it('reads as no decision, is reported, and grants nothing in opt-out or opt-in mode; the server reads null', () => {
    const header = `${NAME}=${cookieValue(c.value, Date.now())}`;
    const { values, optOut, optIn, errors, now } = read(header);
    expect(values, 'the value reaches the decoder').toHaveLength(1);
    expect(pickDecision(values, now)).toEqual({ decision: null, rejected: 1 });
    expect(optOut).toMatchObject({ decided: false, categories: DENIED, method: 'default' });
    expect(optIn).toMatchObject({ decided: false, categories: DENIED, method: 'default' });
    expect(errors.filter((line) => line.startsWith(`cookie ${NAME}: malformed value ignored`))).toHaveLength(2);
    expect(readConsent(header)).toBeNull();
    readAsNone++;
  });
});

describe.each(DUPLICATES)('two cookies: $name', (c: DuplicateCookieCase) => {
  it.each([
    ['host', 'parent'],
    ['parent', 'host'],
  ] as const)(`reads ${c.newest ? `the newest valid one (the ${c.newest}'s)` : 'no decision'}, listed %s first`, (first, second) => {
    const now = Date.now();
    const header = `${NAME}=${cookieValue(c[first], now)}; ${NAME}=${cookieValue(c[second], now)}`;
    const { values, optOut, errors } = read(header);
    expect(values).toHaveLength(2);
    const newest = c.newest ? decodeDecision(cookieValue(c[c.newest], now)) : null;
    if (c.newest) expect(newest, 'the corpus names a valid value').not.toBeNull();
    expect(pickDecision(values, now).decision).toEqual(newest);
    if (newest) {
      expect(optOut).toMatchObject({ decided: true, method: newest.method, updatedAt: newest.at });
      expect(readConsent(header)).toMatchObject({ decided: true, method: newest.method, updatedAt: newest.at });
    } else {
      expect(optOut).toMatchObject({ decided: false, categories: DENIED });
      expect(readConsent(header)).toBeNull();
    }
    // A rejected value is reported even beside a valid one.
    expect(errors.filter((line) => line.startsWith(`cookie ${NAME}: malformed value ignored`)).length).toBe(newest && pickDecision(values, now).rejected === 0 ? 0 : 2);
  });
});

afterAll(() => {
  console.log(`hostile cookies: ${SINGLES.length} values, ${readAsNone} read as no decision; ${DUPLICATES.length} duplicate pairs`);
});
