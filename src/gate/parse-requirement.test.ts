import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../types';
import { isSatisfied, parseRequirement, type Requirement } from './parse-requirement';

describe('parseRequirement', () => {
  it.each<[string, Requirement]>([
    ['analytics', { granted: ['analytics'], denied: [], unknown: [] }],
    ['analytics marketing', { granted: ['analytics', 'marketing'], denied: [], unknown: [] }],
    ['  analytics \t\n marketing  ', { granted: ['analytics', 'marketing'], denied: [], unknown: [] }],
    ['!marketing', { granted: [], denied: ['marketing'], unknown: [] }],
    ['functional !marketing', { granted: ['functional'], denied: ['marketing'], unknown: [] }],
    ['essential', { granted: ['essential'], denied: [], unknown: [] }],
    ['ads', { granted: [], denied: [], unknown: ['ads'] }],
    ['analytics ads', { granted: ['analytics'], denied: [], unknown: ['ads'] }],
    ['!ads', { granted: [], denied: [], unknown: ['!ads'] }],
    ['Analytics', { granted: [], denied: [], unknown: ['Analytics'] }],
    ['!!marketing', { granted: [], denied: [], unknown: ['!!marketing'] }],
  ])('parses %j', (value, expected) => {
    expect(parseRequirement(value)).toEqual(expected);
  });

  it.each(['', '   '])('marks the empty value %j as unknown', (value) => {
    const req = parseRequirement(value);
    expect(req.granted).toEqual([]);
    expect(req.denied).toEqual([]);
    expect(req.unknown).toContain('(empty)');
  });
});

describe('isSatisfied', () => {
  const categories = (...granted: CategoryId[]): Record<CategoryId, boolean> => ({
    essential: true,
    functional: granted.includes('functional'),
    analytics: granted.includes('analytics'),
    marketing: granted.includes('marketing'),
  });

  it.each<[string, CategoryId[], boolean]>([
    ['analytics', [], false],
    ['analytics', ['analytics'], true],
    ['analytics', ['marketing'], false],
    ['analytics marketing', ['analytics'], false],
    ['analytics marketing', ['marketing'], false],
    ['analytics marketing', ['analytics', 'marketing'], true],
    ['!marketing', [], true],
    ['!marketing', ['analytics'], true],
    ['!marketing', ['marketing'], false],
    ['analytics !marketing', ['analytics'], true],
    ['analytics !marketing', ['analytics', 'marketing'], false],
    ['essential', [], true],
    ['!essential', ['analytics', 'marketing', 'functional'], false],
    // Unknown ids are a configuration error, never silently granted (docs/gating.md, Tagged scripts).
    ['ads', ['analytics', 'marketing', 'functional'], false],
    ['analytics ads', ['analytics', 'marketing', 'functional'], false],
    ['!ads', [], false],
    ['', ['analytics', 'marketing', 'functional'], false],
  ])('%j with %j granted → %s', (value, granted, expected) => {
    expect(isSatisfied(parseRequirement(value), categories(...granted))).toBe(expected);
  });
});
