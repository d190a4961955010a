const SAFE = /^[\w.-]{1,32}$/;

/**
 * The form a policy revision is stored in: as written when short and cookie-safe, otherwise a
 * 32-bit FNV-1a hash, so any revision keeps the cookie compact (docs/configuration.md, Cookie).
 * Only equality matters: a different revision asks again.
 */
export function revisionKey(revision: string): string {
  if (SAFE.test(revision)) return revision;
  let hash = 0x811c9dc5;
  for (const char of revision) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return `~${hash.toString(36)}`;
}
