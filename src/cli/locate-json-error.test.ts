import { describe, expect, it } from 'vitest';
import { mulberry32, runSeeds } from '../../e2e/seeded-random';
import { locateJsonError } from './locate-json-error';

describe('locateJsonError', () => {
  it.each<[string, number]>([
    ['{}', -1],
    [' [ 1 , { "x" : [ true , false , null , -0.5e+3, "\\u00e9\\n" ] } ] ', -1],
    ['{\n  "tenant": "acme"\n  "mode": "opt-in"\n}', 23],
    ['', 0],
    ['{"a":}', 5],
    ['{"a":1', 6],
    ['[1,2,]', 5],
    ['{"a":1,}', 7],
    ['{a:1}', 1],
    ["{'a':1}", 1],
    ['"\\u12"', 3],
    ['"\\x"', 2],
    ['"a\nb"', 2],
    ['01', 1],
    ['1.', 1],
    ['-', 0],
    ['tru', 3],
    ['{"a":1}}', 7],
    ['\uFEFF{}', 0],
  ])('finds the first mistake in %j at offset %i (-1: none)', (text, offset) => {
    expect(locateJsonError(text)).toBe(offset);
  });

  // Valid JSON with one character inserted, removed or replaced: found wrong exactly when
  // JSON.parse throws.
  it.each(runSeeds('LOCATE_JSON_SEED'))('agrees with JSON.parse on 5,000 edited configs (seed %i)', (seed) => {
    const random = mulberry32(seed);
    const pick = <T>(items: ArrayLike<T>) => items[Math.floor(random() * items.length)];
    const base = JSON.stringify({ tenant: 'acme', revision: 3, cookie: { expiresDays: 180.5 }, gpc: { optOut: ['marketing'], allowOverride: false }, texts: { en: { title: 'Cookies "here"\n\u00e9' } }, x: null, n: -1e-3 }, null, 1);
    const alphabet = '{}[]",:\\ \n\t-+.0123456789eEtrufalsn/u\u0001';
    for (let i = 0; i < 5000; i++) {
      const at = Math.floor(random() * (base.length + 1));
      const edit = pick(['insert', 'remove', 'replace']);
      const text = base.slice(0, at) + (edit === 'remove' ? '' : pick(alphabet)) + base.slice(edit === 'insert' ? at : at + 1);
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      const offset = locateJsonError(text);
      expect([text, offset === -1]).toEqual([text, parses]);
      if (!parses) expect(offset).toBeLessThanOrEqual(text.length);
    }
  });
});
