import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../types';
import { toGoogleConsent } from './to-google-consent';

const categories = (granted: CategoryId[]) =>
  Object.fromEntries((['essential', 'functional', 'analytics', 'marketing'] as const).map((id) => [id, id === 'essential' || granted.includes(id)])) as Record<
    CategoryId,
    boolean
  >;

describe('toGoogleConsent', () => {
  it.each<[string, CategoryId[], boolean, boolean, string[]]>([
    // name, granted, gpc, adPersonalization, granted types
    ['nothing', [], false, false, ['security_storage']],
    ['functional', ['functional'], false, false, ['functionality_storage', 'personalization_storage', 'security_storage']],
    ['analytics', ['analytics'], false, false, ['analytics_storage', 'security_storage']],
    ['limited marketing', ['marketing'], false, false, ['ad_storage', 'ad_user_data', 'security_storage']],
    ['marketing with ad personalisation', ['marketing'], false, true, ['ad_storage', 'ad_user_data', 'ad_personalization', 'security_storage']],
    ['everything under GPC', ['functional', 'analytics', 'marketing'], true, true, ['analytics_storage', 'functionality_storage', 'personalization_storage', 'security_storage']],
    ['everything', ['functional', 'analytics', 'marketing'], false, true, ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage', 'personalization_storage', 'security_storage']],
  ])('maps %s (GPC %s, adPersonalization %s)', (_, granted, gpc, adPersonalization, expected) => {
    const consent = toGoogleConsent(categories(granted), { gpc, adPersonalization });
    expect(Object.keys(consent)).toHaveLength(7);
    expect(Object.entries(consent).filter(([, v]) => v === 'granted').map(([k]) => k).sort()).toEqual([...expected].sort());
  });

  it('never grants one category through another (docs/signals.md)', () => {
    for (const id of ['functional', 'analytics', 'marketing'] as const) {
      const only = toGoogleConsent(categories([id]), { gpc: false, adPersonalization: true });
      const others = toGoogleConsent(categories(['functional', 'analytics', 'marketing'].filter((x) => x !== id) as CategoryId[]), { gpc: false, adPersonalization: true });
      for (const type of Object.keys(only) as Array<keyof typeof only>) {
        if (type !== 'security_storage') expect(only[type] === 'granted' && others[type] === 'granted').toBe(false);
      }
    }
  });
});
