import { describe, expect, it } from 'vitest';
import { revisionKey } from './revision-key';

describe('revisionKey', () => {
  it.each(['1', '3', '2024-06-01', 'v2.1', 'policy_7'])('keeps the short cookie-safe revision %j as written', (revision) => {
    expect(revisionKey(revision)).toBe(revision);
  });

  it.each(['Политика за поверителност v2', 'Política «β» 2025', 'v1|v2', '50% off', 'a;b,c=d', '東京', 'x'.repeat(33)])(
    'hashes %j into a short cookie-safe key',
    (revision) => {
      const key = revisionKey(revision);
      expect(key).toMatch(/^~[0-9a-z]{1,7}$/);
      expect(encodeURIComponent(key)).toBe(key);
    },
  );

  it('gives different revisions different keys', () => {
    const keys = new Set(['Política 1', 'Política 2', '東京', '大阪', 'a b', 'a  b'].map(revisionKey));
    expect(keys.size).toBe(6);
  });

  it('gives the same revision the same key', () => {
    expect(revisionKey('Política «β» 2025')).toBe(revisionKey('Política «β» 2025'));
  });
});
