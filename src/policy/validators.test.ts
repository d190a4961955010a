import { describe, expect, it } from 'vitest';
import type { Reporter } from './reporter';
import { anyText, bool, either, fail, isPlainObject, list, oneOf, record, shape, text, upTo } from './validators';

function recorder() {
  const events: string[] = [];
  const report: Reporter = {
    error: (path) => events.push(`error ${path}`),
    warn: (path) => events.push(`warn ${path}`),
  };
  return { events, report };
}

describe('fail', () => {
  it('reports the path, the expectation and the value, and yields undefined', () => {
    const messages: string[] = [];
    const report: Reporter = { error: (path, message) => messages.push(`${path}: ${message}`), warn() {} };
    expect(fail(report, 'theme.primary', 'a CSS color', 'url(x)')).toBeUndefined();
    expect(messages).toEqual(['theme.primary: expected a CSS color, got "url(x)"; using the default']);
  });

  it('describes values JSON cannot show', () => {
    const messages: string[] = [];
    const report: Reporter = { error: (_, message) => messages.push(message), warn() {} };
    fail(report, 'onRecord', 'a function', undefined);
    expect(messages[0]).toContain('got undefined');
  });

  it('describes a cyclic object or a BigInt, which npm callers can pass, by its type instead of throwing', () => {
    const messages: string[] = [];
    const report: Reporter = { error: (_, message) => messages.push(message), warn() {} };
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(fail(report, 'mode', 'a mode', cyclic)).toBeUndefined();
    expect(fail(report, 'revision', 'a revision', 3n)).toBeUndefined();
    expect(messages).toEqual(['expected a mode, got object; using the default', 'expected a revision, got bigint; using the default']);
  });

  it('cuts a long value to a line', () => {
    const messages: string[] = [];
    const report: Reporter = { error: (_, message) => messages.push(message), warn() {} };
    fail(report, 'texts["en"].title', 'a string', 'x'.repeat(2_000_000));
    fail(report, 'theme', 'an object', { primary: 'y'.repeat(500) });
    expect(messages[0]).toBe(`expected a string, got "${'x'.repeat(79)}…; using the default`);
    expect(messages[1]).toBe(`expected an object, got {"primary":"${'y'.repeat(68)}…; using the default`);
  });
});

describe('upTo', () => {
  it('refuses a string longer than its limit before the check runs, and passes the rest to the check', () => {
    const { events, report } = recorder();
    const short = upTo(5, text(/^a+$/, 'letters a'));
    expect(short('aaaaa', 'a', report)).toBe('aaaaa');
    expect(short('aaaaaa', 'b', report)).toBeUndefined();
    expect(short('abc', 'c', report)).toBeUndefined();
    expect(short(5, 'd', report)).toBeUndefined();
    expect(events).toEqual(['error b', 'error c', 'error d']);
  });

  it('bounds texts at 10,000 characters', () => {
    const { events, report } = recorder();
    expect(anyText('x'.repeat(10_000), 'a', report)).toHaveLength(10_000);
    expect(anyText('x'.repeat(10_001), 'b', report)).toBeUndefined();
    expect(events).toEqual(['error b']);
  });
});

describe('bool', () => {
  it.each([
    [true, true, []],
    [false, false, []],
    ['true', undefined, ['error x']],
    [1, undefined, ['error x']],
    [null, undefined, ['error x']],
  ])('turns %j into %j', (value, expected, reported) => {
    const { events, report } = recorder();
    expect(bool(value, 'x', report)).toBe(expected);
    expect(events).toEqual(reported);
  });
});

describe('text and anyText', () => {
  it('accepts strings matching the pattern only', () => {
    const { events, report } = recorder();
    const id = text(/^[a-z]+$/, 'letters');
    expect(id('abc', 'a', report)).toBe('abc');
    expect(id('ab1', 'b', report)).toBeUndefined();
    expect(id(5, 'c', report)).toBeUndefined();
    expect(events).toEqual(['error b', 'error c']);
  });

  it('accepts any string, including an empty one, as text', () => {
    const { events, report } = recorder();
    expect(anyText('', 'a', report)).toBe('');
    expect(anyText('<img onerror=x>', 'b', report)).toBe('<img onerror=x>');
    expect(anyText(0, 'c', report)).toBeUndefined();
    expect(events).toEqual(['error c']);
  });
});

describe('oneOf', () => {
  it('accepts only the listed strings, case-sensitively', () => {
    const { events, report } = recorder();
    const position = oneOf('top', 'bottom');
    expect(position('top', 'p1', report)).toBe('top');
    expect(position('Top', 'p2', report)).toBeUndefined();
    expect(position(undefined, 'p3', report)).toBeUndefined();
    expect(events).toEqual(['error p2', 'error p3']);
  });
});

describe('list', () => {
  it('keeps valid items and reports each invalid one by index', () => {
    const { events, report } = recorder();
    expect(list(bool)([true, 'no', false, 0], 'flags', report)).toEqual([true, false]);
    expect(events).toEqual(['error flags[1]', 'error flags[3]']);
  });

  it('reports a non-array at its own path', () => {
    const { events, report } = recorder();
    expect(list(bool)({ 0: true }, 'flags', report)).toBeUndefined();
    expect(events).toEqual(['error flags']);
  });
});

describe('record', () => {
  it('drops entries with an invalid key or value, naming them in brackets', () => {
    const { events, report } = recorder();
    const flags = record(oneOf('a', 'b'), bool);
    expect(flags({ a: true, c: true, b: 'x' }, 'flags', report)).toEqual({ a: true });
    expect(events).toEqual(['error flags["c"]', 'error flags["b"]']);
  });

  it('quotes keys with dots and stars so the path stays unambiguous', () => {
    const { events, report } = recorder();
    record(text(/^x$/, 'x'), bool)({ '*.acme.com': true }, 'tenants', report);
    expect(events).toEqual(['error tenants["*.acme.com"]']);
  });
});

describe('shape', () => {
  const point = shape<{ x?: boolean; y?: boolean }>({ x: bool, y: bool });

  it('keeps known valid keys, warns about unknown ones and reports invalid ones', () => {
    const { events, report } = recorder();
    expect(point({ x: true, y: 1, z: true }, 'p', report)).toEqual({ x: true });
    expect(events).toEqual(['error p.y', 'warn p.z']);
  });

  it('names top-level keys without a leading dot', () => {
    const { events, report } = recorder();
    point({ z: 1 }, '', report);
    expect(events).toEqual(['warn z']);
  });

  it('reports a non-object at the root as config', () => {
    const { events, report } = recorder();
    expect(point('x', '', report)).toBeUndefined();
    expect(events).toEqual(['error config']);
  });

  it('does not treat inherited names such as toString as known keys', () => {
    const { events, report } = recorder();
    expect(point({ toString: 'x', constructor: 1 }, 'p', report)).toEqual({});
    expect(events).toEqual(['warn p.toString', 'warn p.constructor']);
  });
});

describe('either', () => {
  const flagOrPoint = either<boolean, { x?: boolean }>(bool, shape({ x: bool }), 'a flag or a point');

  it('takes the first validator that accepts, without reporting the other', () => {
    const { events, report } = recorder();
    expect(flagOrPoint(true, 'v', report)).toBe(true);
    expect(flagOrPoint({ x: false }, 'v', report)).toEqual({ x: false });
    expect(events).toEqual([]);
  });

  it('reports once when neither accepts', () => {
    const { events, report } = recorder();
    expect(flagOrPoint('yes', 'v', report)).toBeUndefined();
    expect(events).toEqual(['error v']);
  });

  it('reports a bad nested field of the accepted branch at its full path', () => {
    const { events, report } = recorder();
    flagOrPoint({ x: 'yes' }, 'v', report);
    expect(events).toEqual(['error v.x']);
  });
});

describe('isPlainObject', () => {
  it.each<[string, boolean, unknown]>([
    ['{}', true, {}],
    ['an object literal', true, { a: 1 }],
    ['Object.create(null)', true, Object.create(null)],
    ['null', false, null],
    ['an array', false, []],
    ['a Date', false, new Date()],
    ['a Map', false, new Map()],
    ['a class instance', false, new (class Point {})()],
    ['a function', false, () => ({})],
    ['a string', false, 'x'],
  ])('%s → %s', (_, expected, value) => {
    expect(isPlainObject(value)).toBe(expected);
  });
});
