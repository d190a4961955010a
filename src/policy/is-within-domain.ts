/** `host` is `domain` or a subdomain of it (both lowercase). */
export const isWithinDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);
