const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * True for `http:`, `https:` and `mailto:` URLs and relative ones (docs/configuration.md, Keys).
 * Whitespace and control characters are refused outright: browsers strip them inside a scheme,
 * which turns `java\tscript:` into a script URL.
 */
export function isSafeUrl(value: string, schemes = ['http', 'https', 'mailto']): boolean {
  if (!value || /[\u0000-\u0020\u007f-\u009f]/.test(value)) return false;
  const scheme = SCHEME.exec(value);
  return !scheme || schemes.includes(scheme[1].toLowerCase());
}
