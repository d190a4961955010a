import { describe, expect, it, vi } from 'vitest';
import { resolveMode } from './resolve-mode';

type Mode = 'opt-in' | 'opt-out';

describe('resolveMode', () => {
  it.each<[string | undefined, string | undefined, Mode]>([
    ['opt-in', 'US-CA', 'opt-in'],
    ['opt-out', 'DE', 'opt-out'],
    [undefined, 'US', 'opt-in'],
    ['bogus', 'US', 'opt-in'],
  ])('mode %s with region %s is %s whatever the region', (mode, region, expected) => {
    expect(resolveMode(mode, region, () => 'America/New_York')).toBe(expected);
  });

  it.each<[string, Mode]>([
    ['DE', 'opt-in'],
    ['de', 'opt-in'],
    ['DE-BY', 'opt-in'],
    ['FR', 'opt-in'],
    ['IE', 'opt-in'],
    ['GB', 'opt-in'],
    ['UK', 'opt-in'],
    ['CH', 'opt-in'],
    ['NO', 'opt-in'],
    ['IS', 'opt-in'],
    ['LI', 'opt-in'],
    ['EU', 'opt-in'],
    ['US', 'opt-out'],
    ['us', 'opt-out'],
    ['US-CA', 'opt-out'],
    ['US-CO', 'opt-out'],
    ['us-ny', 'opt-out'],
  ])('auto with region %s is %s, before the time zone', (region, expected) => {
    const otherZone = expected === 'opt-in' ? 'America/Los_Angeles' : 'Europe/Berlin';
    expect(resolveMode('auto', region, () => otherZone)).toBe(expected);
  });

  it.each<[string | undefined, string | undefined, Mode]>([
    ['BR', 'America/Sao_Paulo', 'opt-in'],
    ['BR', 'America/New_York', 'opt-out'],
    ['CA', 'America/Toronto', 'opt-in'],
    ['JP', 'Asia/Tokyo', 'opt-in'],
    [undefined, 'Europe/Berlin', 'opt-in'],
    [undefined, 'Europe/London', 'opt-in'],
    [undefined, 'Atlantic/Canary', 'opt-in'],
    [undefined, 'Atlantic/Reykjavik', 'opt-in'],
    [undefined, 'America/New_York', 'opt-out'],
    [undefined, 'America/Los_Angeles', 'opt-out'],
    [undefined, 'America/Denver', 'opt-out'],
    [undefined, 'America/Indiana/Indianapolis', 'opt-out'],
    [undefined, 'Pacific/Honolulu', 'opt-out'],
    [undefined, 'Asia/Tokyo', 'opt-in'],
    [undefined, 'Australia/Sydney', 'opt-in'],
    [undefined, 'UTC', 'opt-in'],
    [undefined, undefined, 'opt-in'],
    ['', undefined, 'opt-in'],
  ])('auto with region %s in time zone %s is %s', (region, zone, expected) => {
    expect(resolveMode('auto', region, () => zone)).toBe(expected);
  });

  it.each<[string | undefined, string | undefined]>([
    ['opt-in', undefined],
    ['opt-out', undefined],
    ['auto', 'DE'],
    ['auto', 'US-CA'],
  ])('mode %s with region %s never reads the time zone', (mode, region) => {
    const timeZone = vi.fn(() => 'Europe/Berlin');
    resolveMode(mode, region, timeZone);
    expect(timeZone).not.toHaveBeenCalled();
  });
});
