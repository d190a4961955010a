// EEA (EU 27 plus Iceland, Liechtenstein, Norway), the UK and Switzerland ask for prior consent.
const OPT_IN_REGIONS =
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO GB UK CH EU'.split(' ');

// Time zones of those countries besides Europe/*: the Atlantic islands of Spain, Portugal, Iceland
// and the Faroes.
const OPT_IN_ZONE = /^(Europe\/|Atlantic\/(Canary|Madeira|Azores|Reykjavik|Faroe))/;

const US_ZONE =
  /^(America\/(New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Detroit|Boise|Juneau|Sitka|Nome|Adak|Menominee|Metlakatla|Yakutat|Indiana\/|Kentucky\/|North_Dakota\/)|Pacific\/Honolulu)/;

/**
 * Turns `mode: 'auto'` into a concrete mode (docs/configuration.md, Mode `auto`): the region hint
 * first, then (for other regions) the browser time zone, and opt-in when neither tells, because
 * asking first is always lawful. `timeZone` is only called when the region does not decide: reading
 * it costs milliseconds.
 */
export function resolveMode(mode: string | undefined, region: string | undefined, timeZone: () => string | undefined): 'opt-in' | 'opt-out' {
  if (mode === 'opt-in' || mode === 'opt-out') return mode;
  if (mode !== 'auto') return 'opt-in';
  const code = region?.toUpperCase();
  if (code && OPT_IN_REGIONS.includes(code.split('-')[0])) return 'opt-in';
  if (code === 'US' || code?.startsWith('US-')) return 'opt-out';
  const zone = timeZone() ?? '';
  if (OPT_IN_ZONE.test(zone)) return 'opt-in';
  return US_ZONE.test(zone) ? 'opt-out' : 'opt-in';
}
