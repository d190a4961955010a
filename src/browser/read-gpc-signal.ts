/**
 * True when the browser sends Global Privacy Control: `true` per the GPC spec, or the string
 * `"1"` that old extensions such as Privacy Badger set. Anything else is no signal, never consent.
 */
export function readGpcSignal(nav: object | undefined = globalThis.navigator): boolean {
  const value = (nav as { globalPrivacyControl?: unknown } | undefined)?.globalPrivacyControl;
  return value === true || value === '1';
}
