import { describe, expect, it } from 'vitest';
import type { ConsentConfig } from '../types';
import { mergeConfig } from './merge-config';

describe('mergeConfig', () => {
  it('merges nested objects key by key', () => {
    const base: ConsentConfig = { theme: { primary: '#000', radius: '4px' }, cookie: { expiresDays: 30 } };
    expect(mergeConfig(base, { theme: { primary: '#f00' }, cookie: { domain: 'host' } })).toEqual({
      theme: { primary: '#f00', radius: '4px' },
      cookie: { expiresDays: 30, domain: 'host' },
    });
  });

  it('merges several levels deep', () => {
    const base: ConsentConfig = { texts: { de: { title: 'A', categories: { analytics: { label: 'L', description: 'D' } } } } };
    const merged = mergeConfig(base, { texts: { de: { categories: { analytics: { label: 'M', description: 'D' } } }, fr: { title: 'F' } } });
    expect(merged).toEqual({
      texts: { de: { title: 'A', categories: { analytics: { label: 'M', description: 'D' } } }, fr: { title: 'F' } },
    });
  });

  it('replaces arrays, primitives and false', () => {
    const base: ConsentConfig = { blocklist: { analytics: ['a.com'] }, mode: 'opt-in', categories: { marketing: { label: 'Ads' } } };
    expect(mergeConfig(base, { blocklist: { analytics: ['b.com'] }, mode: 'opt-out', categories: { marketing: false } })).toEqual({
      blocklist: { analytics: ['b.com'] },
      mode: 'opt-out',
      categories: { marketing: false },
    });
  });

  it('replaces false with an object', () => {
    expect(mergeConfig<ConsentConfig>({ categories: { marketing: false } }, { categories: { marketing: { label: 'X' } } })).toEqual({
      categories: { marketing: { label: 'X' } },
    });
  });

  it('sets no prototype from an own __proto__ key, as JSON.parse makes one', () => {
    const over = JSON.parse('{ "texts": { "en": { "__proto__": { "polluted": true } } } }');
    const merged = mergeConfig<ConsentConfig>({ texts: { en: { title: 'A' } } }, over);
    expect(Object.getPrototypeOf(merged.texts!.en)).toBe(Object.prototype);
    expect((merged.texts!.en as Record<string, unknown>).polluted).toBeUndefined();
    expect(merged.texts!.en).toEqual({ title: 'A' });
  });

  it('leaves both inputs unchanged', () => {
    const base: ConsentConfig = { theme: { primary: '#000' } };
    const over: ConsentConfig = { theme: { radius: '2px' } };
    mergeConfig(base, over);
    expect(base).toEqual({ theme: { primary: '#000' } });
    expect(over).toEqual({ theme: { radius: '2px' } });
  });
});
