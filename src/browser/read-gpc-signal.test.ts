import { describe, expect, it } from 'vitest';
import { readGpcSignal } from './read-gpc-signal';

describe('readGpcSignal', () => {
  it.each<[string, boolean, object]>([
    ['true', true, { globalPrivacyControl: true }],
    ['"1" (old extensions)', true, { globalPrivacyControl: '1' }],
    ['false', false, { globalPrivacyControl: false }],
    ['undefined', false, { globalPrivacyControl: undefined }],
    ['a missing property', false, {}],
    ['"true"', false, { globalPrivacyControl: 'true' }],
    ['1', false, { globalPrivacyControl: 1 }],
    ['"0"', false, { globalPrivacyControl: '0' }],
    ['null', false, { globalPrivacyControl: null }],
    ['an object', false, { globalPrivacyControl: {} }],
  ])('reads %s as %s', (_, expected, nav) => {
    expect(readGpcSignal(nav)).toBe(expected);
  });

  it('reads a getter defined by an extension', () => {
    const nav = {};
    Object.defineProperty(nav, 'globalPrivacyControl', { get: () => true });
    expect(readGpcSignal(nav)).toBe(true);
  });

  it('reads an inherited property, as on Navigator.prototype', () => {
    expect(readGpcSignal(Object.create({ globalPrivacyControl: true }) as object)).toBe(true);
  });

  it('ignores doNotTrack (docs/gpc-and-dnt.md)', () => {
    expect(readGpcSignal({ doNotTrack: '1' })).toBe(false);
    expect(readGpcSignal({ doNotTrack: '1', globalPrivacyControl: true })).toBe(true);
  });
});
