import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Cookies from 'js-cookie';
import { describe, expect, it } from 'vitest';
import type { Decision } from './policy/decision';
import { encodeDecision, toChoices } from './policy/decision-codec';
import { revisionKey } from './policy/revision-key';
import { hasGpc, readConsent, type RequestHeaders } from './server';
import type { ConsentState } from './types';

const DAY = 86_400_000;

function decision(over: Partial<Decision> = {}): Decision {
  return {
    id: 'k3x9q0a7b2mz',
    at: Date.now() - DAY,
    revision: '1',
    method: 'accept-all',
    choices: toChoices(['functional', 'analytics', 'marketing']),
    gpcOptOut: [],
    gpcOverride: false,
    ...over,
  };
}

/** The `Cookie` header pair the browser sends after js-cookie wrote this decision. */
function cookiePair(name: string, d: Decision): string {
  return `${name}=${Cookies.converter.write(encodeDecision(d), name)}`;
}

describe('readConsent', () => {
  it.each([null, undefined, '', 'theme=dark; session=abc'])('returns null without a decision cookie (%j)', (header) => {
    expect(readConsent(header)).toBeNull();
  });

  it('reads the decision the browser stored', () => {
    const d = decision();
    const state = readConsent(`theme=dark; ${cookiePair('consentry', d)}; session=abc`);
    expect(state).toEqual<ConsentState>({
      decided: true,
      categories: { essential: true, functional: true, analytics: true, marketing: true },
      gpc: false,
      method: 'accept-all',
      revision: '1',
      updatedAt: d.at,
      id: 'k3x9q0a7b2mz',
    });
  });

  it('reads the cookie as the first one in the header, without spaces', () => {
    expect(readConsent(`${cookiePair('consentry', decision())};theme=dark`)?.decided).toBe(true);
  });

  it.each(['Política «β» 2025', 'v1|v2', '50% off', 'a;b,c=d', '東京'])('reads a decision made under the revision %j', (revision) => {
    const state = readConsent(cookiePair('consentry', decision({ revision: revisionKey(revision) })), { revision });
    expect(state).toMatchObject({ decided: true, revision });
  });

  it('returns null for a decision made under another revision', () => {
    expect(readConsent(cookiePair('consentry', decision({ revision: '1' })), { revision: 2 })).toBeNull();
  });

  it('returns null for an expired decision', () => {
    expect(readConsent(cookiePair('consentry', decision({ at: Date.now() - 200 * DAY })), { cookie: { expiresDays: 180 } })).toBeNull();
  });

  it('keeps a GPC opt-out stored with a choice of another revision', () => {
    const state = readConsent(cookiePair('consentry', decision({ revision: '1', gpcOptOut: ['marketing'] })), { revision: 2, mode: 'opt-out' });
    expect(state).toMatchObject({ decided: false, method: 'gpc', categories: { analytics: true, marketing: false } });
  });

  it('reads the newest of two same-name cookies (host and parent domain), in either order', () => {
    const older = cookiePair('consentry', decision({ at: Date.now() - 2 * DAY, method: 'accept-all' }));
    const newer = cookiePair('consentry', decision({ at: Date.now() - DAY, method: 'reject-all', choices: toChoices([]) }));
    expect(readConsent(`${older}; ${newer}`)?.method).toBe('reject-all');
    expect(readConsent(`${newer}; ${older}`)?.method).toBe('reject-all');
  });

  it('returns null for a value dated ahead of the clock', () => {
    expect(readConsent(cookiePair('consentry', decision({ at: Date.now() + 2 * DAY })))).toBeNull();
  });

  it('reads the tenant cookie, not the default one', () => {
    const header = `${cookiePair('consentry', decision({ method: 'reject-all', choices: toChoices([]) }))}; ${cookiePair('consentry_acme', decision())}`;
    expect(readConsent(header, { tenant: 'acme' })?.method).toBe('accept-all');
    expect(readConsent(header)?.method).toBe('reject-all');
  });

  it('does not take another tenant cookie for the default one', () => {
    expect(readConsent(cookiePair('consentry_acme', decision()))).toBeNull();
    expect(readConsent(cookiePair('consentry', decision()), { tenant: 'acme' })).toBeNull();
  });

  it('finds the tenant from the request host', () => {
    const options = { hostname: 'shop.acme.com', tenants: { '*.acme.com': { tenant: 'acme' } } };
    expect(readConsent(cookiePair('consentry_acme', decision()), options)?.decided).toBe(true);
    expect(readConsent(cookiePair('consentry', decision()), options)).toBeNull();
  });

  it.each([
    ['garbage', 'consentry=garbage'],
    ['an empty value', 'consentry='],
    ['tampered bits', cookiePair('consentry', decision()).replace(/\|7\d\|/, '|9|')],
    ['a wrong version', cookiePair('consentry', decision()).replace('consentry=1|', 'consentry=2|')],
    ['an extra field', `${cookiePair('consentry', decision())}|1`],
    ['bad percent-encoding', `consentry=1|k3x9q0a7b2mz|abc|%E0%A4%A|70|a|0`],
    ['a lone percent sign', `consentry=1|k3x9q0a7b2mz|abc|%|70|a|0`],
  ])('returns null for %s', (_, header) => {
    expect(readConsent(header)).toBeNull();
  });

  it('denies marketing for a stored GPC opt-out without the signal', () => {
    const d = decision({ method: 'gpc', choices: toChoices([]), gpcOptOut: ['marketing'] });
    expect(readConsent(cookiePair('consentry', d), { mode: 'opt-out' })).toMatchObject({
      decided: false,
      method: 'gpc',
      gpc: false,
      categories: { functional: true, analytics: true, marketing: false },
    });
  });

  it.each<[string, RequestHeaders | undefined, boolean]>([
    ['Headers with Sec-GPC: 1', new Headers({ 'Sec-GPC': '1' }), true],
    ['Headers without Sec-GPC', new Headers({ Accept: 'text/html' }), false],
    ['Headers with Sec-GPC: 0', new Headers({ 'Sec-GPC': '0' }), false],
    ['Node headers with sec-gpc: 1', { 'sec-gpc': '1' }, true],
    ['Node headers without sec-gpc', { accept: 'text/html' }, false],
    ['Node headers with sec-gpc: 0', { 'sec-gpc': '0' }, false],
    ['no headers', undefined, false],
  ])('applies GPC from %s over a stored grant', (_, headers, gpc) => {
    const state = readConsent(`${cookiePair('consentry', decision())}`, { headers });
    expect(state).toMatchObject({ decided: true, gpc, categories: { analytics: true, marketing: !gpc } });
  });
});

describe('hasGpc', () => {
  it.each<[string, boolean, RequestHeaders]>([
    ['Headers Sec-GPC: 1', true, new Headers({ 'Sec-GPC': '1' })],
    ['Headers sec-gpc: 1', true, new Headers({ 'sec-gpc': '1' })],
    ['Headers Sec-GPC: 0', false, new Headers({ 'Sec-GPC': '0' })],
    ['Headers Sec-GPC: true', false, new Headers({ 'Sec-GPC': 'true' })],
    ['Headers without Sec-GPC', false, new Headers()],
    ['plain sec-gpc: "1"', true, { 'sec-gpc': '1' }],
    ['plain sec-gpc: " 1 "', true, { 'sec-gpc': ' 1 ' }],
    ['plain sec-gpc: ["1"]', true, { 'sec-gpc': ['1'] }],
    ['plain sec-gpc: "0"', false, { 'sec-gpc': '0' }],
    ['plain sec-gpc: ""', false, { 'sec-gpc': '' }],
    ['plain sec-gpc: undefined', false, { 'sec-gpc': undefined }],
    ['plain sec-gpc: []', false, { 'sec-gpc': [] }],
    ['plain without sec-gpc', false, {}],
    ['plain with DNT: 1 only', false, { dnt: '1' }],
    ['plain Sec-GPC: "1" (header names are case-insensitive)', true, { 'Sec-GPC': '1' }],
  ])('%s → %s', (_, expected, headers) => {
    expect(hasGpc(headers)).toBe(expected);
  });
});

describe('consentry/server', () => {
  it('imports no Node-only module, directly or through its dependencies', () => {
    const root = dirname(fileURLToPath(import.meta.url));
    const seen = new Set<string>();
    const external = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const [, spec] of source.matchAll(/^\s*(?:import|export)\s(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
        if (spec.startsWith('.')) visit(resolve(dirname(file), `${spec}.ts`));
        else external.add(spec);
      }
    };
    visit(resolve(root, 'server.ts'));
    const nodeOnly = [...external].filter((spec) => spec.startsWith('node:') || builtinModules.includes(spec));
    expect(nodeOnly).toEqual([]);
    expect([...external].filter((spec) => spec === 'js-cookie' || spec.startsWith('preact'))).toEqual([]);
  });
});
