/**
 * Turns a pattern from config into a test: `/source/flags` strings are regular expressions,
 * anything else matches as a plain substring (URLs) or exact name (`exact: true`, cookie names).
 * Throws on an invalid regular expression; validation calls it first to report that.
 */
export function toMatcher(pattern: string, exact = false): (value: string) => boolean {
  const regex = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  if (regex) {
    const re = new RegExp(regex[1], regex[2]);
    return (value) => re.test(value);
  }
  return exact ? (value) => value === pattern : (value) => value.includes(pattern);
}
