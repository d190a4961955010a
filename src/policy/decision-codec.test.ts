import Cookies from 'js-cookie';
import { revisionKey } from './revision-key';
import { describe, expect, it } from 'vitest';
import type { OptionalCategoryId } from '../types';
import { OPTIONAL_CATEGORY_IDS } from './categories';
import type { Decision } from './decision';
import { DECISION_VERSION, decodeDecision, encodeDecision, toChoices } from './decision-codec';

const AT = Date.UTC(2025, 5, 1, 12, 30, 45, 123);

function decision(over: Partial<Decision> = {}): Decision {
  return {
    id: 'k3x9q0a7b2mz',
    at: AT,
    revision: '1',
    method: 'custom',
    choices: toChoices(['analytics']),
    gpcOptOut: [],
    gpcOverride: false,
    ...over,
  };
}

/** Every subset of the optional categories, in category order. */
const SUBSETS: OptionalCategoryId[][] = Array.from({ length: 8 }, (_, bits) => OPTIONAL_CATEGORY_IDS.filter((_, i) => bits & (1 << i)));
const METHODS: Decision['method'][] = ['accept-all', 'reject-all', 'custom', 'gpc'];

/** What js-cookie writes into `document.cookie` for this value. */
const asStored = (value: string) => Cookies.converter.write(value, 'consentry');

describe('toChoices', () => {
  it('switches on exactly the granted categories', () => {
    expect(toChoices(['marketing'])).toEqual({ functional: false, analytics: false, marketing: true });
    expect(toChoices([])).toEqual({ functional: false, analytics: false, marketing: false });
  });
});

describe('encodeDecision and decodeDecision', () => {
  it.each(METHODS.flatMap((method) => SUBSETS.map((granted) => [method, granted] as const)))(
    'round-trip %s granting %j with every GPC opt-out and override',
    (method, granted) => {
      for (const gpcOptOut of SUBSETS) {
        for (const gpcOverride of [false, true]) {
          const d = decision({ method, choices: toChoices(granted), gpcOptOut, gpcOverride });
          expect(decodeDecision(encodeDecision(d))).toEqual(d);
        }
      }
    },
  );

  it.each([
    '1',
    '42',
    '2024-06-01',
    'v1.2.3',
    'v1|v2',
    'a;b,c=d',
    '50% off',
    'a%20b',
    '%E0%A4%A',
    'Política «β» 2025',
    '  spaced  ',
    '東京',
    'Zürich 😀',
    revisionKey('Политика за поверителност v2'),
    'x'.repeat(40),
  ])('round-trips the revision %j', (revision) => {
    expect(decodeDecision(encodeDecision(decision({ revision })))?.revision).toBe(revision);
  });

  it.each([
    ['00000000', 0],
    ['abcdefgh_IJKL-0123456789xyzXYZ__', Date.UTC(2099, 11, 31, 23, 59, 59, 999)],
    ['k3x9q0a7b2mz', 1],
  ])('round-trips the id %s and the time %s', (id, at) => {
    expect(decodeDecision(encodeDecision(decision({ id, at })))).toMatchObject({ id, at });
  });

  it('starts with the version', () => {
    expect(DECISION_VERSION).toBe('1');
    expect(encodeDecision(decision()).startsWith(`${DECISION_VERSION}|`)).toBe(true);
  });

  it.each([
    ['a typical decision', decision({ revision: '2024-06-01' })],
    ['a 40-character revision', decision({ revision: 'r'.repeat(40), id: 'i'.repeat(32), method: 'accept-all', gpcOptOut: ['marketing'] })],
  ])('keeps %s under 200 bytes as stored', (_, d) => {
    const value = encodeDecision(d);
    expect(new TextEncoder().encode(value).length).toBeLessThan(200);
    expect(new TextEncoder().encode(asStored(value)).length).toBeLessThan(200);
  });

  it('keeps the separator literal when js-cookie writes the value', () => {
    expect(asStored(encodeDecision(decision()))).toBe(encodeDecision(decision()));
  });

  it('reads back what js-cookie wrote and read', () => {
    const d = decision({ revision: 'Política «β» 2025|v2' });
    const cookieValue = asStored(encodeDecision(d));
    expect(decodeDecision(Cookies.converter.read(cookieValue, 'consentry'))).toEqual(d);
  });
});

describe('decodeDecision: malformed or tampered values', () => {
  const valid = encodeDecision(decision());
  const parts = valid.split('|');
  const withPart = (i: number, value: string) => parts.map((p, j) => (j === i ? value : p)).join('|');

  it('reads the valid reference value', () => {
    expect(decodeDecision(valid)).not.toBeNull();
  });

  it.each([
    ['empty', ''],
    ['garbage', 'garbage'],
    ['JSON', '{"analytics":true}'],
    ['only the version', '1'],
    ['wrong version', withPart(0, '2')],
    ['version 0', withPart(0, '0')],
    ['short id', withPart(1, 'abc')],
    ['long id', withPart(1, 'a'.repeat(33))],
    ['id with a dot', withPart(1, 'abcd.efgh')],
    ['empty id', withPart(1, '')],
    ['time with a capital', withPart(2, 'ABC')],
    ['negative time', withPart(2, '-1')],
    ['empty time', withPart(2, '')],
    ['time too long', withPart(2, '1'.repeat(12))],
    ['empty revision', withPart(3, '')],
    ['revision too long', withPart(3, 'r'.repeat(121))],
    ['bad percent-encoding', withPart(3, '%E0%A4%A')],
    ['a line break in the revision, which encodeDecision escapes', withPart(3, 'v1\nv2')],
    ['a space in the revision', withPart(3, 'v1 v2')],
    ['a character encodeDecision escapes', withPart(3, 'Zürich')],
    ['lone percent', withPart(3, '%')],
    ['invalid percent escape', withPart(3, '%ZZ')],
    ['choice bit out of range', withPart(4, '80')],
    ['gpc bit out of range', withPart(4, '09')],
    ['one bit field', withPart(4, '7')],
    ['three bit fields', withPart(4, '700')],
    ['letters as bits', withPart(4, 'ab')],
    ['unknown method', withPart(5, 'x')],
    ['method spelled out', withPart(5, 'accept-all')],
    ['override 2', withPart(6, '2')],
    ['override missing', parts.slice(0, 6).join('|')],
    ['extra field', `${valid}|1`],
    ['trailing separator', `${valid}|`],
    ['trailing newline', `${valid}\n`],
    ['leading space', ` ${valid}`],
    ['comma separators', parts.join(',')],
  ])('returns null for %s', (_, value) => {
    expect(decodeDecision(value)).toBeNull();
  });
});
