import type { OptionalCategoryId } from '../types';
import { OPTIONAL_CATEGORY_IDS } from './categories';
import type { Decision } from './decision';

/** Bumped when the encoding changes; older values then read as no decision. */
export const DECISION_VERSION = '1';

const METHODS = { a: 'accept-all', r: 'reject-all', c: 'custom', g: 'gpc' } as const;
type MethodKey = keyof typeof METHODS;

const toBits = (has: (id: OptionalCategoryId) => boolean) =>
  OPTIONAL_CATEGORY_IDS.reduce((bits, id, i) => (has(id) ? bits | (1 << i) : bits), 0);

const fromBits = (bits: number) => OPTIONAL_CATEGORY_IDS.filter((_, i) => bits & (1 << i));

/** Choices with exactly `granted` switched on. */
export const toChoices = (granted: readonly OptionalCategoryId[]) =>
  Object.fromEntries(OPTIONAL_CATEGORY_IDS.map((id) => [id, granted.includes(id)])) as Decision['choices'];

/**
 * Encodes a decision as `version|id|at|revision|choices gpcOptOut|method|override`, about 40 bytes,
 * so it fits any cookie limit (docs/configuration.md, Cookie) and `consentry/server` can read it.
 */
export function encodeDecision(d: Decision): string {
  const method = (Object.keys(METHODS) as MethodKey[]).find((key) => METHODS[key] === d.method);
  const bits = `${toBits((id) => d.choices[id])}${toBits((id) => d.gpcOptOut.includes(id))}`;
  return [DECISION_VERSION, d.id, d.at.toString(36), encodeURIComponent(d.revision), bits, method, +d.gpcOverride].join('|');
}

// The revision as `encodeURIComponent` writes it: anything else was not written by `encodeDecision`.
const FORMAT = new RegExp(`^${DECISION_VERSION}\\|([\\w-]{8,32})\\|([0-9a-z]{1,11})\\|([\\w.!~*'()%-]{1,120})\\|([0-7])([0-7])\\|([arcg])\\|([01])$`);

/** Reads a stored value back; `null` for anything malformed or tampered with. */
export function decodeDecision(value: string): Decision | null {
  const m = FORMAT.exec(value);
  if (!m) return null;
  let revision: string;
  try {
    revision = decodeURIComponent(m[3]);
  } catch {
    return null;
  }
  return {
    id: m[1],
    at: parseInt(m[2], 36),
    revision,
    method: METHODS[m[6] as MethodKey],
    choices: toChoices(fromBits(+m[4])),
    gpcOptOut: fromBits(+m[5]),
    gpcOverride: m[7] === '1',
  };
}
