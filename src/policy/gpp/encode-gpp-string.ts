import { toBase64Url, toBits } from './bits';
import { toFibonacciRange } from './fibonacci';
import { USNAT_CORE_LAYOUT, USNAT_VERSION, type UsNatFields } from './usnat-fields';

/** Header Type (3, "GPP Header field") and GPP Version (1), each Int(6). */
const HEADER_PREFIX = toBits(3, 6) + toBits(1, 6);

/** The GPC subsection's SubsectionType, Int(2): `1` is GPC. */
const GPC_SUBSECTION = toBits(1, 2);

/**
 * The usnat section string: the core segment, then, when `GpcSegmentIncluded`, a `.` and the GPC
 * subsection. Every core value is an Int(2); a list shorter than the spec's length is filled
 * with `0` (not applicable), as the reference decoder reads it.
 *
 * @param fields Every usnat field (see {@link UsNatFields}).
 * @returns The section, ready for {@link encodeGppString} with id 7.
 * @example
 * encodeUsNat(toUsNatFields({ saleOptOut: true, gpc: true })); // 'CVQVAAAAAACA.YA'
 */
export function encodeUsNat(fields: UsNatFields): string {
  let bits = toBits(USNAT_VERSION, 6);
  for (const [name, count] of USNAT_CORE_LAYOUT) {
    const values = [fields[name]].flat() as number[];
    for (let i = 0; i < count; i++) bits += toBits(values[i] ?? 0, 2);
  }
  const core = toBase64Url(bits);
  return fields.GpcSegmentIncluded ? `${core}.${toBase64Url(GPC_SUBSECTION + (fields.Gpc ? '1' : '0'))}` : core;
}

/**
 * A full GPP string: the header (Type 3, Version 1, the section ids as a Fibonacci range), then
 * `~` and each section, in id order as the header must list them ("Creating a GPP String",
 * step 2).
 *
 * @param sections Encoded sections with their GPP ids; ids must be distinct.
 * @returns For example `DBABLA~CVQVAAAAAACA.YA` for one usnat section.
 * @example
 * encodeGppString([{ id: USNAT_SECTION_ID, value: encodeUsNat(fields) }]);
 */
export function encodeGppString(sections: ReadonlyArray<{ id: number; value: string }>): string {
  const sorted = [...sections].sort((a, b) => a.id - b.id);
  const header = toBase64Url(HEADER_PREFIX + toFibonacciRange(sorted.map((section) => section.id)));
  return [header, ...sorted.map((section) => section.value)].join('~');
}
